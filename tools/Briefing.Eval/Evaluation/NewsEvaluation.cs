using Briefing.Summaries;

namespace Briefing.Evaluation;

/// <summary>
/// ROUGE of a summarizer's thesis + points against news reference summaries, next to a lead baseline and each
/// published system's stored output on the same articles.
/// </summary>
public static class NewsEvaluation
{
    public const string EngineRow = "this engine";

    public static async Task<List<RougeTriple>> RunAsync(
        IReadOnlyList<NewsDocument> documents, int leadSentences, ISummarizer summarizer, SummaryLength length, CancellationToken cancellationToken) =>
        Aggregate(await ScoreAsync(documents, leadSentences, summarizer, length, cancellationToken), leadSentences);

    /// <summary>One score per article, in input order, so subsets (split halves) can be aggregated without re-running.</summary>
    public static async Task<List<NewsDocumentScore>> ScoreAsync(
        IReadOnlyList<NewsDocument> documents, int leadSentences, ISummarizer summarizer, SummaryLength length, CancellationToken cancellationToken)
    {
        var scores = new List<NewsDocumentScore>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var summary = await summarizer.SummarizeAsync(EvalArticles.FromText(i + 1, document.Title, document.Text), length, cancellationToken);
            var engine = string.Join(" ", summary.Points.Prepend(summary.Thesis).Select(p => p.Text));
            var systems = (document.SystemOutputs ?? new Dictionary<string, string>())
                .ToDictionary(s => s.Key, s => RougeScores.Of(s.Value, document.Reference), StringComparer.Ordinal);
            scores.Add(new NewsDocumentScore(
                document.Id,
                RougeScores.Of(engine, document.Reference),
                RougeScores.Of(PositionBaselines.First(document.Text, leadSentences), document.Reference),
                systems));
        }
        return scores;
    }

    /// <summary>Mean scores x100 per system: this engine, the lead baseline, then the stored systems in first-seen order.</summary>
    public static List<RougeTriple> Aggregate(IReadOnlyList<NewsDocumentScore> scores, int leadSentences)
    {
        var rows = new Dictionary<string, List<RougeScores>>(StringComparer.Ordinal)
        {
            [EngineRow] = [.. scores.Select(s => s.Engine)],
            [$"Lead-{leadSentences}"] = [.. scores.Select(s => s.Lead)],
        };
        foreach (var (system, score) in scores.SelectMany(s => s.Systems))
        {
            if (!rows.TryGetValue(system, out var list))
            {
                rows[system] = list = [];
            }
            list.Add(score);
        }
        return [.. rows.Where(r => r.Value.Count > 0).Select(r => new RougeTriple(
            r.Key, r.Value.Count, 100 * r.Value.Average(s => s.Rouge1), 100 * r.Value.Average(s => s.Rouge2), 100 * r.Value.Average(s => s.RougeL)))];
    }
}
