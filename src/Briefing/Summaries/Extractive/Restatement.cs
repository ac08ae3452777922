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

    public static bool Restates(ArticleSentence a, ArticleSentence b)
    {
        if (a.Terms.Count == 0 || b.Terms.Count == 0)
        {
            return false;
        }
        var x = a.Terms.ToHashSet(StringComparer.Ordinal);
        var y = b.Terms.ToHashSet(StringComparer.Ordinal);
        var shared = x.Count(y.Contains);
        return shared >= MinShared && shared >= SameContent * (x.Count + y.Count - shared);
    }
}
