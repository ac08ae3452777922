namespace Briefing.Evaluation;

/// <summary>
/// Thesis accuracy against the position baselines, counterpoint coverage, and point precision against the lead
/// baseline's, on one argument set.
/// </summary>
public sealed record ArgumentSetResult(
    string Set,
    int Documents,
    double ThesisAccuracy,
    double FirstSentenceAccuracy,
    double LastSentenceAccuracy,
    int GoldCounterpoints,
    int CoveredCounterpoints,
    int ReturnedCounterpoints,
    int ReturnedCounterpointsMatchingGold,
    PointCounts Points,
    PointCounts LeadPoints)
{
    /// <summary>The better of the first-sentence and last-sentence baselines on the same documents.</summary>
    public double BestPositionAccuracy => Math.Max(FirstSentenceAccuracy, LastSentenceAccuracy);

    public static ArgumentSetResult From(string set, IReadOnlyCollection<ArgumentDocumentScore> scores)
    {
        double Share(Func<ArgumentDocumentScore, bool> hit) => scores.Count == 0 ? 0 : (double)scores.Count(hit) / scores.Count;
        return new ArgumentSetResult(
            set,
            scores.Count,
            Share(s => s.ThesisMatches),
            Share(s => s.FirstSentenceMatches),
            Share(s => s.LastSentenceMatches),
            scores.Sum(s => s.GoldCounterpoints),
            scores.Sum(s => s.CoveredCounterpoints),
            scores.Sum(s => s.ReturnedCounterpoints),
            scores.Sum(s => s.ReturnedCounterpointsMatchingGold),
            scores.Aggregate(default(PointCounts), (sum, s) => sum + s.Points),
            scores.Aggregate(default(PointCounts), (sum, s) => sum + s.LeadPoints));
    }
}
