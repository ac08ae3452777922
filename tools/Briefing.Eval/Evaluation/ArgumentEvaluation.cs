using Briefing.Summaries;

namespace Briefing.Evaluation;

/// <summary>Scores a summarizer's thesis, counterpoints and points on argumentative texts with gold annotations.</summary>
public static class ArgumentEvaluation
{
    public static async Task<ArgumentSetResult> RunAsync(
        string set, IReadOnlyList<ArgumentDocument> documents, ISummarizer summarizer, SummaryLength length, CancellationToken cancellationToken) =>
        ArgumentSetResult.From(set, await ScoreAsync(documents, summarizer, length, cancellationToken));

    /// <summary>One score per document, in input order, so subsets (split halves) can be aggregated without re-running.</summary>
    public static async Task<List<ArgumentDocumentScore>> ScoreAsync(
        IReadOnlyList<ArgumentDocument> documents, ISummarizer summarizer, SummaryLength length, CancellationToken cancellationToken)
    {
        var scores = new List<ArgumentDocumentScore>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var summary = await summarizer.SummarizeAsync(EvalArticles.FromText(i + 1, document.Title, document.Text), length, cancellationToken);
            // A counterpoint's text carries the author's answer too; its quote is the opposing view alone.
            var found = summary.Counterpoints.Select(c => string.IsNullOrWhiteSpace(c.Quote) ? c.Text : c.Quote).ToList();
            var points = summary.Points.Select(p => p.Text).ToList();
            scores.Add(new ArgumentDocumentScore(
                document.Id,
                TokenF1.Matches(summary.Thesis.Text, document.MajorClaims),
                TokenF1.Matches(PositionBaselines.First(document.Text), document.MajorClaims),
                TokenF1.Matches(PositionBaselines.Last(document.Text), document.MajorClaims),
                document.Counterpoints.Count,
                document.Counterpoints.Count(g => found.Any(f => TokenF1.Score(f, g) >= TokenF1.MatchThreshold)),
                found.Count,
                found.Count(f => TokenF1.Matches(f, document.Counterpoints)),
                PointCounts.Of(points, document),
                PointCounts.Of(PositionBaselines.FirstPoints(document.Text, summary.Thesis.Text, points.Count), document)));
        }
        return scores;
    }
}
