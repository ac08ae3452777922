namespace Briefing.Summaries.Extractive;

/// <summary>Picks sentences where the author weighs an opposing view: concession and contrast cues, then centrality.</summary>
internal static class CounterpointSelector
{
    public const double MinConcession = 0.5;

    /// <summary>
    /// Indices of counterpoint sentences in article order. The thesis sentence itself is included when it
    /// concedes something in a clause of its own ("X should happen, even if Y"): its quote is then that clause,
    /// while the thesis quote keeps the main clause.
    /// </summary>
    public static List<int> Choose(IReadOnlyList<SentenceFeatures> features, int thesis, int max, ISet<int> taken)
    {
        var withinThesis = features.Count > 0 && max > 0 && ConcessionSpans.HasClause(features[thesis].Sentence.Text);
        var others = max - (withinThesis ? 1 : 0);
        List<int> chosen = [.. features
            .Where(f => f.Index != thesis && !taken.Contains(f.Index) && f.ConcessionCue >= MinConcession && !f.Sentence.IsQuestion && f.Sentence.WordCount >= 4)
            .OrderByDescending(f => f.ConcessionCue + 0.2 * f.Centrality)
            .ThenBy(f => f.Index)
            .Take(others)
            .Select(f => f.Index)];
        if (withinThesis)
        {
            chosen.Add(thesis);
        }
        chosen.Sort();
        return chosen;
    }
}
