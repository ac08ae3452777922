namespace Briefing.Summaries.Extractive;

/// <summary>
/// An opinion piece that opens on a news hook and then passes judgement on it: "Last week the council announced X,
/// and its leader hailed it as Y." followed by "That conclusion is premature." The hook reports an event or someone
/// else's claim (a reporting verb); the verdict is a short sentence that points back to it and evaluates
/// it, or contradicts it ("The evidence says otherwise."). The verdict is the author's stance, never the hook.
/// English only, like <see cref="DiscourseCues"/>.
/// </summary>
internal static class NewsHookVerdict
{
    // The hook is the piece's opening: its first sentences, before any stance.
    private const int MaxHookIndex = 2;

    // A verdict is a short judgement; a longer sentence opening on "This" makes a claim of its own.
    private const int MaxVerdictWords = 8;

    private static readonly HashSet<string> ReportingVerbs =
    [
        "announced", "hailed", "published", "said", "declared", "unveiled", "released", "launched", "proposed",
        "claimed", "reported", "promised", "pledged", "insisted", "called", "praised", "celebrated", "welcomed",
        "argued", "suggested", "concluded", "found", "told", "wrote", "predicted", "approved", "passed", "voted",
        "described", "touted", "boasted", "assured", "urged", "warned",
        // How others took the news: "Most coverage read it as a slammed door."
        "read", "interpreted", "greeted", "saw", "treated", "dismissed", "reports", "finds", "shows", "claims", "says",
    ];

    // Words that point back to what was just reported.
    private static readonly HashSet<string> PointsBack = ["that", "this", "these", "those", "they", "it", "such", "the"];

    private static readonly HashSet<string> Copulas = ["is", "are", "was", "were", "seems", "seem", "looks", "look", "sounds", "sound", "proves", "remains"];

    // Judgements of a claim or a decision.
    private static readonly HashSet<string> Judgements =
    [
        "premature", "wrong", "mistaken", "misguided", "naive", "naïve", "false", "misleading", "overblown", "overstated",
        "exaggerated", "hasty", "unfounded", "nonsense", "flawed", "untrue", "incorrect", "optimistic", "wishful",
        "absurd", "doubtful", "questionable", "simplistic", "dubious", "mistake", "error", "illusion", "myth",
        "fantasy", "hype", "right", "correct", "justified", "welcome", "overdue", "misplaced", "unwarranted",
        "complacent", "short-sighted", "shortsighted", "backwards", "backward", "dangerous", "reckless",
    ];

    /// <summary>The verdict's index when the text opens on a hook it then judges, else -1.</summary>
    public static int Verdict(IReadOnlyList<SentenceFeatures> features)
    {
        var start = BodyStart(features);
        for (var hook = start; hook <= start + MaxHookIndex && hook + 1 < features.Count; hook++)
        {
            var verdict = features[hook + 1];
            if (features[hook].ThesisCue > 0)
            {
                return -1;
            }
            if (Reports(features[hook].Sentence.Words) && Judges(verdict.Sentence.Words))
            {
                return verdict.Index;
            }
            // "A trial found X. I don't doubt the result. But Y.": the author grants the news and turns on it; the turn is
            // the verdict.
            if (Reports(features[hook].Sentence.Words) && GrantingReply.IsBareGrant(verdict.Sentence.Text) && hook + 2 < features.Count
                && features[hook + 2].Sentence.Paragraph == verdict.Sentence.Paragraph && OpposingViews.Answers(features[hook + 2].Sentence.Words))
            {
                return hook + 2;
            }
        }
        return -1;
    }

    /// <summary>
    /// Where the prose opens: after a box of headings and list items that some pages set above it ("Key takeaways" and
    /// its bullets). The box sums up the piece; the hook is the first thing its prose tells.
    /// </summary>
    public static int BodyStart(IReadOnlyList<SentenceFeatures> features)
    {
        var start = 0;
        while (start < features.Count && (features[start].Sentence.IsUnterminated || features[start].Sentence.IsListItem))
        {
            start++;
        }
        return start < features.Count ? start : 0;
    }

    /// <summary>
    /// The verdict read with the sentence after it, in the same paragraph, when the verdict alone says too little
    /// to stand on its own ("That conclusion is premature." names neither the conclusion nor why).
    /// </summary>
    public static bool NeedsNext(IReadOnlyList<SentenceFeatures> features, int verdict) =>
        verdict + 1 < features.Count && features[verdict + 1].Sentence.Paragraph == features[verdict].Sentence.Paragraph
        && !features[verdict + 1].Sentence.IsQuestion && Judges(features[verdict].Sentence.Words);

    /// <summary>A reporting verb: someone announced, published, said, voted, or took the news a certain way ("read it as").</summary>
    public static bool Reports(IReadOnlyList<string> words) => words.Any(ReportingVerbs.Contains);

    // "That conclusion is premature.", "This is wrong.", "They are mistaken.", "The claim is far too optimistic."
    private static bool Judges(IReadOnlyList<string> words)
    {
        if (words.Count is 0 or > MaxVerdictWords)
        {
            return false;
        }
        if (OpposingViews.SaysOtherwise(words))
        {
            return true;
        }
        if (!PointsBack.Contains(words[0]))
        {
            return false;
        }
        var copula = -1;
        for (var i = 1; i < Math.Min(words.Count, 4); i++)
        {
            if (Copulas.Contains(words[i]))
            {
                copula = i;
                break;
            }
        }
        // "The" opens a verdict only on a noun that names the claim ("The conclusion is ..."), not on any subject.
        return copula > 0 && (words[0] != "the" || copula == 2) && words.Skip(copula + 1).Any(Judgements.Contains);
    }
}
