namespace Briefing.Summaries.Extractive;

/// <summary>
/// Picks supporting points by maximal marginal relevance: each next point is the best mix of its own score
/// (centrality, nearness to the opening, title, cues) and its distance from what is already chosen, thesis
/// included. Points come back in the order they were chosen, the most valuable first.
/// </summary>
internal static class PointSelector
{
    private const double Relevance = 0.7;
    private const double NewsLead = 1.0;

    public static List<int> Choose(IReadOnlyList<SentenceFeatures> features, int thesis, ISet<int> taken, int count, double argumentativeness)
    {
        var chosen = new List<SentenceFeatures> { features[thesis] };
        var points = new List<int>();
        // An announcement ("The thesis of this piece is simple.") says nothing by itself: the claim it announces can be a point.
        var candidates = features.Where(f => f.Index != thesis && !taken.Contains(f.Index) && !Signposts.Announces(f.Sentence)).ToList();
        var scores = candidates.ToDictionary(f => f.Index, f => Score(f, argumentativeness));
        while (points.Count < count && candidates.Count > 0)
        {
            SentenceFeatures? best = null;
            var bestValue = double.MinValue;
            foreach (var candidate in candidates)
            {
                var redundancy = chosen.Max(c => c.Vector.Cosine(candidate.Vector));
                var value = Relevance * scores[candidate.Index] - (1 - Relevance) * redundancy;
                if (value > bestValue)
                {
                    best = candidate;
                    bestValue = value;
                }
            }
            chosen.Add(best!);
            points.Add(best!.Index);
            candidates.Remove(best);
        }
        return points;
    }

    private static double Score(SentenceFeatures f, double argumentativeness)
    {
        var lead = 1.0 / (1.0 + f.Index / 3.0);
        // News is written lead-first (an inverted pyramid: each sentence adds less than the one before), so a report's
        // points lean on the lead three times as much as on centrality; an essay's reasons are spread through its body.
        var score = 0.45 * f.Centrality + (0.35 + NewsLead * (1 - argumentativeness)) * lead + 0.2 * f.TitleSimilarity + 0.15 * f.ThesisCue + 0.1 * f.SupportCue;
        var words = f.Sentence.WordCount;
        if (f.Sentence.IsQuestion)
        {
            score -= 0.3;
        }
        if (f.LooksLikeCaption)
        {
            score -= 1.0;
        }
        if (f.Sentence.IsReportedSpeech)
        {
            score -= 0.1;
        }
        if (words < 6)
        {
            score -= 0.3;
        }
        else if (words > 20)
        {
            score -= 0.02 * (words - 20);
        }
        return score;
    }
}
