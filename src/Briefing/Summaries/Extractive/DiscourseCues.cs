namespace Briefing.Summaries.Extractive;

/// <summary>
/// English discourse markers. Thesis markers signal the author's own claim; support markers signal a reason or
/// an example (so a point, not the thesis); concession markers signal that the author weighs an opposing view.
/// Other languages get no cues: their summaries rest on centrality, position and the title alone.
/// </summary>
internal static class DiscourseCues
{
    private static readonly Cue[] Thesis =
    [
        Cue.Anywhere("in conclusion", 1.0), Cue.Anywhere("to conclude", 1.0), Cue.Anywhere("to sum up", 1.0),
        Cue.Anywhere("to summarize", 1.0), Cue.Anywhere("in summary", 0.9), Cue.Opening("in short", 0.8),
        Cue.Opening("in sum", 0.8), Cue.Opening("all in all", 0.8), Cue.Opening("overall", 0.5),
        Cue.Anywhere("in a nutshell", 0.8), Cue.Opening("on balance", 0.9), Cue.Opening("on the whole", 0.6),
        Cue.Opening("all things considered", 0.9), Cue.Anywhere("taking everything into account", 0.9),
        Cue.Anywhere("i assert", 1.0), Cue.Anywhere("i contend", 1.0), Cue.Anywhere("i maintain", 0.8),
        Cue.Anywhere("as far as i am concerned", 0.8), Cue.Anywhere("i am of the opinion", 0.9), Cue.Anywhere("the main message", 1.0), Cue.Anywhere("the point is", 0.8),
        Cue.Anywhere("my point is", 0.9), Cue.Anywhere("the bottom line", 0.8), Cue.Anywhere("the real story", 0.8),
        Cue.Anywhere("in my opinion", 0.9), Cue.Anywhere("in my view", 0.9), Cue.Anywhere("from my point of view", 0.9),
        Cue.Anywhere("my opinion", 0.6), Cue.Anywhere("i argue", 1.0), Cue.Anywhere("i would argue", 1.0),
        Cue.Anywhere("i believe", 0.8), Cue.Anywhere("i strongly believe", 1.0), Cue.Anywhere("i firmly believe", 1.0),
        Cue.Anywhere("i think", 0.6), Cue.Anywhere("i agree", 0.8), Cue.Anywhere("i disagree", 0.8),
        Cue.Anywhere("i am convinced", 0.8), Cue.Anywhere("i would say", 0.6), Cue.Anywhere("i feel", 0.4),
        Cue.Anywhere("we argue", 1.0), Cue.Anywhere("we should", 0.5), Cue.Anywhere("for these reasons", 0.9),
        Cue.Anywhere("for all these reasons", 1.0), Cue.Anywhere("for the reasons", 0.7), Cue.Anywhere("that is why", 0.6),
        Cue.Anywhere("this is why", 0.6), Cue.Anywhere("that s why", 0.8), Cue.Anywhere("which is why", 0.3),
        Cue.Anywhere("therefore", 0.3), Cue.Anywhere("hence", 0.3), Cue.Opening("nevertheless", 0.4),
        Cue.Opening("nonetheless", 0.4), Cue.Opening("still", 0.3), Cue.Opening("so", 0.2), Cue.Anywhere("we need", 0.4),
        Cue.Anywhere("i find", 0.5), Cue.Anywhere("i prefer", 0.7), Cue.Anywhere("i recommend", 0.6),
        Cue.Anywhere("i would prefer", 0.7), Cue.Anywhere("i support", 0.5), Cue.Anywhere("i oppose", 0.6), Cue.Anywhere("it is good", 0.3), Cue.Anywhere("would be wise", 0.5),
        Cue.Anywhere("had better", 0.5), Cue.Anywhere("is fair", 0.3), Cue.Anywhere("is wrong", 0.3), Cue.Anywhere("it is clear that", 0.6), Cue.Anywhere("clearly", 0.2),
        Cue.Anywhere("suggests that", 0.5), Cue.Anywhere("shows that", 0.4), Cue.Anywhere("means that", 0.3),
        Cue.Opening("therefore", 0.5), Cue.Opening("thus", 0.4), Cue.Opening("hence", 0.4),
        Cue.Opening("consequently", 0.3), Cue.Opening("ultimately", 0.4), Cue.Anywhere("should", 0.4),
        Cue.Anywhere("must", 0.3), Cue.Anywhere("ought to", 0.4), Cue.Anywhere("has to", 0.2),
        Cue.Anywhere("need to", 0.2), Cue.Anywhere("would be", 0.15),
        // Stance beyond the explicit markers (Hyland's attitude markers, self-mention and evidential verbs): how
        // a columnist signals a judgement without writing "I believe".
        Cue.Anywhere("suggest that", 0.5), Cue.Anywhere("show that", 0.4), Cue.Anywhere("do not show", 0.4),
        Cue.Anywhere("does not show", 0.4), Cue.Anywhere("does not mean", 0.3), Cue.Anywhere("do not mean", 0.3),
        Cue.Anywhere("deserves", 0.3), Cue.Anywhere("sensible", 0.3), Cue.Anywhere("misguided", 0.4),
        Cue.Anywhere("a mistake", 0.3), Cue.Anywhere("well worth", 0.4), Cue.Anywhere("is worth", 0.3),
        Cue.Anywhere("i see", 0.4), Cue.Anywhere("i wholeheartedly", 0.6), Cue.Anywhere("i would", 0.3),
        Cue.Anywhere("i do not believe", 0.6), Cue.Anywhere("i don t believe", 0.6), Cue.Anywhere("the answer is", 0.5),
    ];

    private static readonly Cue[] Support =
    [
        Cue.Opening("for example", 0.5), Cue.Opening("for instance", 0.5), Cue.Anywhere("for example", 0.3),
        Cue.Anywhere("for instance", 0.3), Cue.Opening("firstly", 0.3), Cue.Opening("first", 0.2),
        Cue.Opening("secondly", 0.3), Cue.Opening("second", 0.2), Cue.Opening("thirdly", 0.3), Cue.Opening("third", 0.2),
        Cue.Opening("moreover", 0.3), Cue.Opening("furthermore", 0.3), Cue.Opening("in addition", 0.3),
        Cue.Opening("additionally", 0.3), Cue.Opening("besides", 0.2), Cue.Opening("also", 0.2),
        Cue.Opening("another", 0.3), Cue.Opening("because", 0.2), Cue.Opening("since", 0.2),
        Cue.Opening("when i was", 0.4), Cue.Opening("take", 0.2), Cue.Anywhere("such as", 0.1),
        // Evidence: a study, a finding, a figure the author brings for the claim.
        Cue.Anywhere("studies show", 0.3), Cue.Anywhere("research shows", 0.3), Cue.Anywhere("a study", 0.3),
        Cue.Anywhere("found that", 0.3), Cue.Anywhere("according to", 0.2), Cue.Anywhere("percent", 0.2),
        Cue.Anywhere("statistics", 0.2), Cue.Anywhere("evidence", 0.2),
    ];

    private static readonly Cue[] Concession =
    [
        Cue.Opening("admittedly", 1.0), Cue.Opening("granted", 1.0), Cue.Opening("of course", 0.9),
        Cue.Opening("to be sure", 0.9), Cue.Opening("it is true that", 1.0), Cue.Opening("true", 0.6),
        Cue.Opening("yes", 0.7), Cue.Opening("certainly", 0.5), Cue.Opening("perhaps", 0.6), Cue.Opening("maybe", 0.6),
        Cue.Opening("although", 0.9), Cue.Opening("though", 0.7), Cue.Opening("even though", 1.0),
        Cue.Opening("even if", 1.0), Cue.Opening("while", 0.5), Cue.Opening("whereas", 0.6),
        Cue.Anywhere("even if", 0.8), Cue.Anywhere("even though", 0.8), Cue.Anywhere("although", 0.6),
        Cue.Anywhere("critics", 0.9), Cue.Anywhere("opponents", 0.9), Cue.Anywhere("proponents", 0.7),
        Cue.Anywhere("sceptics", 0.8), Cue.Anywhere("skeptics", 0.8), Cue.Anywhere("detractors", 0.8),
        Cue.Anywhere("some argue", 1.0), Cue.Anywhere("some people argue", 1.0), Cue.Anywhere("some people", 0.6),
        Cue.Anywhere("some say", 0.9), Cue.Anywhere("some may", 0.8), Cue.Anywhere("others argue", 0.9),
        Cue.Anywhere("many people think", 0.8), Cue.Anywhere("many people believe", 0.8), Cue.Anywhere("it is argued", 0.8),
        Cue.Anywhere("one could argue", 1.0), Cue.Anywhere("one might argue", 1.0), Cue.Anywhere("could be argued", 1.0),
        Cue.Anywhere("it is often said", 0.9), Cue.Anywhere("on the other hand", 0.7), Cue.Anywhere("equally plausible", 1.0),
        Cue.Anywhere("alternative reading", 0.9), Cue.Anywhere("alternative explanation", 0.9),
        Cue.Anywhere("has been taken as", 1.0), Cue.Anywhere("been read as", 0.8), Cue.Anywhere("been seen as", 0.6),
        Cue.Anywhere("at first glance", 0.7), Cue.Anywhere("it may seem", 0.8), Cue.Anywhere("may seem", 0.6),
        Cue.Anywhere("however", 0.35), Cue.Opening("yet", 0.4), Cue.Opening("but", 0.2), Cue.Anywhere("unless", 0.5),
        Cue.Anywhere("unfortunately", 0.4), Cue.Anywhere("indeed", 0.3), Cue.Anywhere("assume", 0.4),
        Cue.Anywhere("may", 0.2), Cue.Anywhere("might", 0.2), Cue.Anywhere("it would be conceivable", 0.7),
    ];

    public static double ThesisStrength(IReadOnlyList<string> words) => Strength(Thesis, words, 1.2);

    public static double SupportStrength(IReadOnlyList<string> words) => Strength(Support, words, 0.6);

    public static double ConcessionStrength(IReadOnlyList<string> words) => Strength(Concession, words, 1.5);

    private static double Strength(Cue[] cues, IReadOnlyList<string> words, double cap)
    {
        double total = 0;
        foreach (var cue in cues)
        {
            if (cue.MatchAt(words) >= 0)
            {
                total += cue.Weight;
            }
        }
        return Math.Min(total, cap);
    }
}
