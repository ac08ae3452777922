namespace Briefing.Summaries.Extractive;

/// <summary>
/// Signals that a sentence states a view the author does not hold: someone else's opinion reported as such
/// ("Several commentators read it as ...", "Supporters point out ..."), or a sentence the next one answers
/// ("... . Yet ...", "... . However, ..."). In an argument such sentences are what the author weighs, not the
/// author's reasons. English only, like <see cref="DiscourseCues"/>.
/// </summary>
internal static class OpposingViews
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

    private static readonly string[][] Rebuttals = Phrases.Split(
        "but", "yet", "however", "nevertheless", "nonetheless", "still", "even so", "that said", "and yet", "but still");

    public static bool IsHolder(string word) => Holders.Contains(word);

    public static bool IsOpinionVerb(string word) => OpinionVerbs.Contains(word);

    /// <summary>1 when the sentence reports a group's opinion ("critics say", "some argue"), else 0.</summary>
    public static double ReportedOpinion(IReadOnlyList<string> words)
    {
        for (var i = 0; i < Math.Min(words.Count, MaxStart); i++)
        {
            var quantifier = Quantifiers.Contains(words[i]);
            if (!quantifier && !Holders.Contains(words[i]))
            {
                continue;
            }
            var gap = quantifier ? QuantifierGap : MaxGap;
            for (var j = i + 1; j < Math.Min(words.Count, i + 1 + gap); j++)
            {
                if (OpinionVerbs.Contains(words[j]))
                {
                    return 1;
                }
            }
        }
        return 0;
    }

    /// <summary>
    /// Does the sentence open by answering the one before it ("Yet ...", "However, ...", "And yet ..."), or by
    /// dismissing it ("That fear is overstated", "This argument is mistaken")?
    /// </summary>
    public static bool Answers(IReadOnlyList<string> words) =>
        words.Count > 0 && (Phrases.StartsWithAny([.. words.Take(3)], 0, Rebuttals) > 0 || Dismisses(words));

    /// <summary>
    /// "That/This/Such + view-noun + is/are/was/were + [adverb] + verdict" ("That fear is overstated"): the author names
    /// the view just stated and rejects it.
    /// </summary>
    public static bool Dismisses(IReadOnlyList<string> words)
    {
        if (words.Count < 4 || !Pointers.Contains(words[0]) || !ViewNouns.Contains(words[1]) || !Copulas.Contains(words[2]))
        {
            return false;
        }
        var verdict = Hedges.Contains(words[3]) && words.Count > 4 ? words[4] : words[3];
        return Verdicts.Contains(verdict);
    }

    private static readonly HashSet<string> Pointers = ["that", "this", "such", "these", "those", "the"];
    private static readonly HashSet<string> ViewNouns =
        ["fear", "fears", "claim", "claims", "argument", "arguments", "worry", "worries", "objection", "objections", "view", "views",
         "concern", "concerns", "criticism", "reasoning", "idea", "notion", "assumption", "logic", "case", "charge"];
    private static readonly HashSet<string> Copulas = ["is", "are", "was", "were", "seems", "looks"];
    private static readonly HashSet<string> Hedges = ["simply", "largely", "mostly", "badly", "plainly", "clearly", "greatly", "wildly", "deeply", "also"];
    private static readonly HashSet<string> Verdicts =
        ["overstated", "wrong", "mistaken", "misplaced", "exaggerated", "unfounded", "false", "misguided", "misleading", "flawed",
         "overblown", "weak", "untrue", "confused", "backwards", "hollow", "unconvincing", "premature"];
}
