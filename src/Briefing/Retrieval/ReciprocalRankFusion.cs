namespace Briefing.Retrieval;

/// <summary>
/// Reciprocal rank fusion: each ranking gives an item 1 / (k + rank), and the sums order the fused list. Only ranks
/// count, so BM25 scores and cosines need no common scale.
/// </summary>
public static class ReciprocalRankFusion
{
    /// <summary>Ids by fused score, best first; ties keep the order of first appearance (the first ranking wins).</summary>
    public static IReadOnlyList<(long Id, double Score)> Fuse(IEnumerable<IReadOnlyList<long>> rankings, int k)
    {
        ArgumentNullException.ThrowIfNull(rankings);
        var scores = new Dictionary<long, double>();
        var firstSeen = new Dictionary<long, int>();
        foreach (var ranking in rankings)
        {
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                var id = ranking[rank];
                scores[id] = scores.GetValueOrDefault(id) + 1.0 / (k + rank + 1);
                firstSeen.TryAdd(id, firstSeen.Count);
            }
        }

        return scores.OrderByDescending(s => s.Value).ThenBy(s => firstSeen[s.Key]).Select(s => (s.Key, s.Value)).ToList();
    }
}
