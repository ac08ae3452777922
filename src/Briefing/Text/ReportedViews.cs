namespace Briefing.Text;

/// <summary>
/// Recognises a sentence that reports a view as someone else's: a group that holds it and a verb that reports it near
/// the sentence's opening ("Critics of this reading say …", "Some argue …", "Supporters point out …"). The summarizer
/// weighs such sentences as the other side, and the answerer never quotes one alone as the article's position.
/// English only.
/// </summary>
public static class ReportedViews
{
    // People holding a view. A quantifier only counts close before its verb ("Some argue", "Several columnists
    // read"), since it is also a plain quantifier ("some of the grain").
    private static readonly HashSet<string> Holders =
    [
        "commentators", "critics", "supporters", "opponents", "proponents", "observers", "analysts", "sceptics",
        "skeptics", "detractors", "advocates", "champions", "defenders", "backers", "campaigners", "pundits",
        "columnists", "groups", "people",
    ];

    private static readonly HashSet<string> Quantifiers = ["some", "others", "many", "several"];

    private static readonly HashSet<string> GroupPrepositions = ["in", "on", "at", "within", "inside", "across", "among", "of"];

    private static readonly HashSet<string> OpinionVerbs =
    [
        "say", "said", "argue", "argued", "claim", "claimed", "read", "call", "called", "point", "warn", "warned",
        "insist", "insisted", "believe", "contend", "maintain", "see", "saw", "fear", "worry", "think", "complain",
        "object", "counter", "suggest", "predict", "predicted", "describe", "described", "dismiss", "view",
        "says", "argues", "claims", "reads", "calls", "points", "warns", "insists", "believes", "contends", "maintains",
        "sees", "fears", "worries", "thinks", "complains", "objects", "counters", "suggests", "predicts", "describes",
        "dismisses", "views",
    ];

    // How far the verb may follow its holder: "Critics of this reading say", "Many opponents of the pill point out".
    private const int MaxGap = 4;

    private const int QuantifierGap = 2;

    // Where the holder may stand: at the opening of the sentence or its main clause, not deep in a subordinate one.
    private const int MaxStart = 6;

    public static bool IsHolder(string word) => Holders.Contains(word);

    public static bool IsOpinionVerb(string word) => OpinionVerbs.Contains(word);

    /// <summary>Does the sentence (its lowercase words) report a group's view as theirs?</summary>
    public static bool Reports(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var i = 0; i < Math.Min(words.Count, MaxStart); i++)
        {
            var quantifier = Quantifiers.Contains(words[i]);
            if (!quantifier && !Holders.Contains(words[i]))
            {
                continue;
            }
            // "Some in Seoul argue", "Others on the left warn": a quantifier with a group after it reaches as far as a holder.
            var gap = quantifier && !(i + 1 < words.Count && GroupPrepositions.Contains(words[i + 1])) ? QuantifierGap : MaxGap;
            for (var j = i + 1; j < Math.Min(words.Count, i + 1 + gap); j++)
            {
                if (OpinionVerbs.Contains(words[j]))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
