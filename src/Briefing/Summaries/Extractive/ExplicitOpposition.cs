namespace Briefing.Summaries.Extractive;

/// <summary>
/// A sentence that plainly states a view the author weighs rather than holds: a view announced as someone's
/// argument ("One of the most common arguments against X is that", "some may argue"), a group's opinion reported as
/// theirs ("Proponents of private schools argue"), or a concession the author marks as one ("Admittedly", "Of
/// course", "It is true that"). A bare "although" clause or a "however" is not enough in a long piece: there it is
/// usually the author's own hedge, not an opposing view. English only, like <see cref="DiscourseCues"/>.
/// </summary>
internal static class ExplicitOpposition
{
    // The other side's case announced as an argument: "One of the most common arguments against X is that", "some may argue".
    private static readonly Cue[] Announcements =
    [
        Cue.Anywhere("argument against", 1.0), Cue.Anywhere("arguments against", 1.0), Cue.Anywhere("argument for", 1.0),
        Cue.Anywhere("arguments for", 1.0), Cue.Anywhere("common argument", 1.0), Cue.Anywhere("another argument", 1.0),
        Cue.Anywhere("final argument", 1.0), Cue.Anywhere("the argument that", 1.0), Cue.Anywhere("argument is that", 1.0),
        Cue.Anywhere("it is argued", 1.0), Cue.Anywhere("could be argued", 1.0), Cue.Anywhere("one could argue", 1.0),
        Cue.Anywhere("one might argue", 1.0), Cue.Anywhere("some may argue", 1.0), Cue.Anywhere("some might argue", 1.0),
        Cue.Anywhere("some would argue", 1.0), Cue.Anywhere("may argue that", 1.0), Cue.Anywhere("might argue that", 1.0),
        Cue.Anywhere("some may say", 1.0), Cue.Anywhere("some might say", 1.0), Cue.Anywhere("some may think", 1.0),
        Cue.Anywhere("some might think", 1.0), Cue.Anywhere("it is often said", 1.0), Cue.Anywhere("is often argued", 1.0),
        Cue.Anywhere("are concerned that", 1.0),
        Cue.Anywhere("despite the argument", 1.0),
    ];

    private static readonly Cue[] Markers =
    [
        .. Announcements,
        Cue.Opening("admittedly", 1.0), Cue.Opening("granted", 1.0), Cue.Opening("of course", 1.0),
        Cue.Opening("to be sure", 1.0), Cue.Opening("it is true that", 1.0), Cue.Opening("while it is true", 1.0),
        Cue.Opening("it is true", 1.0), Cue.Opening("i admit", 1.0), Cue.Opening("i concede", 1.0), Cue.Opening("i grant", 1.0),
        Cue.Anywhere("i conceded", 1.0), Cue.Opening("true", 1.0), Cue.Opening("yes", 1.0),
    ];

    // A holder named at length before its verb: "Proponents of low-cost, private schools argue".
    private const int OfPhraseGap = 7;

    public static bool Matches(IReadOnlyList<string> words, double reportedOpinion) =>
        reportedOpinion > 0 || Markers.Any(m => m.MatchAt(words) >= 0 && !SaidByAuthor(words, m.MatchAt(words))) || HolderOfThenVerb(words)
        || PeopleOfSomeoneSay(words);

    /// <summary>
    /// The sentence announces the other side's argument ("Another argument against X is that …", "some may argue"): a
    /// move only a piece that argues makes, whatever its share of stance words.
    /// </summary>
    public static bool AnnouncesArgument(IReadOnlyList<string> words) =>
        Announcements.Any(m => m.MatchAt(words) is var at && at >= 0 && !SaidByAuthor(words, at));

    private static readonly HashSet<string> Possessives = ["my", "his", "her", "their", "our", "your"];

    // "my friends say", "her co-authors point out": a view the author attributes to people around someone.
    private static bool PeopleOfSomeoneSay(IReadOnlyList<string> words)
    {
        for (var i = 0; i + 2 < Math.Min(words.Count, 10); i++)
        {
            if (Possessives.Contains(words[i]) && (OpposingViews.IsOpinionVerb(words[i + 2]) || (i + 3 < words.Count && OpposingViews.IsOpinionVerb(words[i + 3]))))
            {
                return true;
            }
        }
        return false;
    }

    // "I would argue that" is the author's own claim, not an opposing view.
    private static bool SaidByAuthor(IReadOnlyList<string> words, int at) => at > 0 && words[at - 1] is "i" or "we";

    private static bool HolderOfThenVerb(IReadOnlyList<string> words)
    {
        for (var i = 0; i + 2 < Math.Min(words.Count, 8); i++)
        {
            if (OpposingViews.IsHolder(words[i]) && words[i + 1] == "of")
            {
                for (var j = i + 2; j < Math.Min(words.Count, i + OfPhraseGap); j++)
                {
                    if (OpposingViews.IsOpinionVerb(words[j]))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
