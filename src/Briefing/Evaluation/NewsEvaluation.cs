using Briefing.Summaries;

namespace Briefing.Evaluation;

/// <summary>
/// ROUGE of a summarizer's thesis + points against news reference summaries, next to a lead baseline and each
/// published system's stored output on the same articles.
/// </summary>
public static class NewsEvaluation
{
    public static async Task<List<RougeTriple>> RunAsync(
        IReadOnlyList<NewsDocument> documents, int leadSentences, ISummarizer summarizer, SummaryLength length, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, List<(double R1, double R2, double RL)>>(StringComparer.Ordinal);
        void Add(string system, string candidate, string reference)
        {
            if (!rows.TryGetValue(system, out var scores))
            {
                rows[system] = scores = [];
            }
            scores.Add((Rouge.N(candidate, reference, 1).F1, Rouge.N(candidate, reference, 2).F1, Rouge.L(candidate, reference).F1));
        }
        var engine = "this engine";
        var lead = $"Lead-{leadSentences}";
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var summary = await summarizer.SummarizeAsync(EvalArticles.FromText(i + 1, document.Title, document.Text), length, cancellationToken);
            Add(engine, string.Join(" ", summary.Points.Prepend(summary.Thesis).Select(p => p.Text)), document.Reference);
            Add(lead, PositionBaselines.First(document.Text, leadSentences), document.Reference);
            foreach (var (system, output) in document.SystemOutputs ?? new Dictionary<string, string>())
            {
                Add(system, output, document.Reference);
            }
        }
        return [.. rows.Select(r => new RougeTriple(
            r.Key, r.Value.Count, 100 * r.Value.Average(s => s.R1), 100 * r.Value.Average(s => s.R2), 100 * r.Value.Average(s => s.RL)))];
    }
}
