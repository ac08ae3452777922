namespace Briefing.Summaries.Extractive;

/// <summary>
/// Two sentences that share most of their content words make one point twice ("Protected lanes make the street
/// safer for children." and "Children are safer on the street when protected lanes keep traffic away."). Centrality
/// rewards exactly such pairs, and MMR's similarity cost alone does not always keep the second one out.
/// </summary>
internal static class Restatement
{
    // Jaccard of the two sentences' content stems from which the second says nothing new.
    private const double SameContent = 0.5;

    // Short sentences share a topic word or two by nature ("ex-girlfriend"): a restatement shares more than that.
    private const int MinShared = 3;

    /// <summary>A sentence's content stems as a set, computed once per sentence for the pairwise checks.</summary>
    public static HashSet<string> Stems(ArticleSentence sentence) => sentence.Terms.ToHashSet(StringComparer.Ordinal);

    public static bool Restates(HashSet<string> a, HashSet<string> b)
    {
        var shared = a.Count(b.Contains);
        return shared >= MinShared && shared >= SameContent * (a.Count + b.Count - shared);
    }
}
