using System.Globalization;
using System.Text;
using Briefing.Evaluation;
using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Eval;

/// <summary>Runs both evaluations and formats them as Markdown tables.</summary>
internal static class EvaluationReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<string> BuildAsync(DirectoryInfo data, SummaryLength newsLength, CancellationToken cancellationToken)
    {
        var summarizer = new ExtractiveSummarizer();
        var arguments = await EvalDataLoader.LoadAsync<ArgumentDocument>(Path.Combine(data.FullName, EvalDataLoader.ArgumentsFile), cancellationToken);
        var news = await EvalDataLoader.LoadAsync<NewsDocument>(Path.Combine(data.FullName, EvalDataLoader.SummariesFile), cancellationToken);
        var report = new StringBuilder();
        report.AppendLine(Invariant, $"## Argument sets ({data.FullName}; thesis match = token F1 >= {TokenF1.MatchThreshold}; summaries at Standard length)");
        report.AppendLine();
        report.AppendLine("| set | docs | thesis accuracy | first sentence | last sentence | counterpoints covered | returned counterpoints matching gold |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (set, prefix) in new[] { ("arg-microtexts", "micro_"), ("AAE essays", "aae2_") })
        {
            var documents = arguments.Where(a => a.Id.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            var r = await ArgumentEvaluation.RunAsync(set, documents, summarizer, SummaryLength.Standard, cancellationToken);
            report.AppendLine(Invariant,
                $"| {r.Set} | {r.Documents} | {Percent(r.ThesisAccuracy)} | {Percent(r.FirstSentenceAccuracy)} | {Percent(r.LastSentenceAccuracy)} " +
                $"| {r.CoveredCounterpoints}/{r.GoldCounterpoints} ({Percent(Ratio(r.CoveredCounterpoints, r.GoldCounterpoints))}) " +
                $"| {r.ReturnedCounterpointsMatchingGold}/{r.ReturnedCounterpoints} |");
        }
        report.AppendLine();
        report.AppendLine(Invariant, $"## News (ROUGE F1 x100, lowercase alphanumeric tokens, no stemming; ROUGE-L = LCS over the whole text, not ROUGE-Lsum; this engine = thesis + points at {newsLength} length)");
        foreach (var (dataset, label, lead) in new[] { ("cnndm", "CNN/DailyMail", 3), ("xsum", "XSum", 1) })
        {
            var documents = news.Where(n => n.Dataset == dataset).ToList();
            var rows = await NewsEvaluation.RunAsync(documents, lead, summarizer, newsLength, cancellationToken);
            report.AppendLine();
            report.AppendLine(Invariant, $"### {label} ({documents.Count} articles)");
            report.AppendLine();
            report.AppendLine("| system | articles | ROUGE-1 | ROUGE-2 | ROUGE-L |");
            report.AppendLine("|---|---:|---:|---:|---:|");
            foreach (var row in rows)
            {
                report.AppendLine(Invariant, $"| {row.System} | {row.Articles} | {row.Rouge1:F2} | {row.Rouge2:F2} | {row.RougeL:F2} |");
            }
        }
        return report.ToString();
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static string Percent(double share) => (100 * share).ToString("F1", Invariant) + "%";
}
