namespace Briefing.Summaries.Extractive;

/// <summary>Picks sentences where the author weighs an opposing view: concession and contrast cues, then centrality.</summary>
internal static class CounterpointSelector
{
    public const double MinConcession = 0.5;

    public static List<int> Choose(IReadOnlyList<SentenceFeatures> features, int thesis, int max)
    {
        return [.. features
            .Where(f => f.Index != thesis && f.ConcessionCue >= MinConcession && !f.Sentence.IsQuestion && f.Sentence.WordCount >= 4)
            .OrderByDescending(f => f.ConcessionCue + 0.2 * f.Centrality)
            .ThenBy(f => f.Index)
            .Take(max)
            .Select(f => f.Index)
            .Order()];
    }
}
