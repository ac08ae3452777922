namespace Briefing.Summaries.Extractive;

/// <summary>
/// Picks sentences where the author weighs an opposing view: concession and contrast cues (in an argument also a
/// granted clause before "but"), then centrality.
/// </summary>
internal static class CounterpointSelector
{
    public const double MinConcession = 0.5;

    // About the length of a short argumentative text (a microtext has five or six sentences).
    public const int ShortArgument = 10;

    private const int DebateFrame = 2;

    // "X, but Y" in an argument: the author grants X before answering it, a concession without a concession word.
    private const double ContrastWeight = 0.5;

    /// <summary>
    /// Indices of counterpoint sentences in article order. The thesis sentence itself is included when it
    /// concedes something in a clause of its own ("X should happen, even if Y"): its quote is then that clause,
    /// while the thesis quote keeps the main clause. So is an argument's thesis that grants a view before a contrast
    /// ("X has its merits, but Y": the counterpoint quotes X).
    /// </summary>
    public static List<int> Choose(IReadOnlyList<SentenceFeatures> features, int thesis, int max, ISet<int> taken, bool argues)
    {
        // In a short argument every concessive clause is a move ("Although X, Y"); in a longer piece such clauses are
        // mostly the author's hedges, so only a plainly stated opposing view counts there.
        var plainOnly = features.Count > ShortArgument;
        var withinThesis = features.Count > 0 && max > 0 && ConcedesWithin(features[thesis].Sentence.Text, argues)
            && (!plainOnly || features[thesis].ExplicitOpposition);
        var others = max - (withinThesis ? 1 : 0);
        List<int> chosen = [.. features
            // A section heading ("What the critics say") announces the opposing view; the paragraph under it states it.
            .Where(f => f.Index != thesis && !taken.Contains(f.Index) && !f.Sentence.IsQuestion && !f.LooksLikeCaption && f.Sentence.WordCount >= 4)
            // "That is true, yet X" answers the view before it: it is that counterpoint's answer, not a view of its own.
            .Where(f => !CounterpointAnswers.RepliesToPrevious(features, f.Index))
            // A longer piece's first sentences frame the debate ("Some people believe X, while others think Y"): they
            // introduce both sides before the author takes one, and nothing yet is weighed.
            .Where(f => !plainOnly || (f.ExplicitOpposition && f.Index >= DebateFrame))
            .Select(f => (f.Index, Concession: Concession(f, argues), f.Centrality))
            .Where(c => c.Concession >= MinConcession)
            .OrderByDescending(c => c.Concession + 0.2 * c.Centrality)
            .ThenBy(c => c.Index)
            .Take(others)
            .Select(c => c.Index)];
        if (withinThesis)
        {
            chosen.Add(thesis);
        }
        chosen.Sort();
        return chosen;
    }

    private static double Concession(SentenceFeatures f, bool argues) =>
        f.ConcessionCue + (argues ? ContrastWeight * (Granted(f) + f.ReportedOpinion) : 0) + (f.ExplicitOpposition ? MinConcession : 0);

    // A view granted within the sentence ("X, but Y") or answered by the next one ("X. Yet Y"), in either case X.
    private static double Granted(SentenceFeatures f) =>
        ClaimSpans.ConcedesBeforeContrast(f.Sentence.Text) || f.AnsweredNext ? 1 : 0;

    // In an argument "X, but Y" grants X; in a report it is one fact followed by another.
    // When the thesis keeps both halves ("X, but they do not show Y" leans on X), nothing in it is set aside.
    private static bool ConcedesWithin(string sentence, bool argues) =>
        (ConcessionSpans.HasClause(sentence) || (argues && ClaimSpans.ConcedesBeforeContrast(sentence)))
        && ClaimSpans.Thesis(sentence).Length < sentence.TrimEnd().Length;
}
