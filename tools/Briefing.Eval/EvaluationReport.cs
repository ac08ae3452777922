using System.Globalization;
using System.Text;
using Briefing.Evaluation;
using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Eval;

/// <summary>Formats the evaluation as Markdown tables: the whole dev set, then (optionally) split-half robustness.</summary>
internal static class EvaluationReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Build(string dataName, EvalScores scores, SummaryLength newsLength, int halves, int seed)
    {
        var report = new StringBuilder();
        // Say what ran: the engine has no sentence-embedding path (MiniLM re-ranking was measured in issue 10 round 3 and
        // gave no long-form gain), so these are the product's figures whatever Retrieval:Embedder is set to.
        report.AppendLine(Invariant, $"Engine: {ExtractiveSummarizer.EngineName} {ExtractiveSummarizer.EngineVersion}, lexical (no sentence embedder; Retrieval:Embedder does not change summaries).");
        report.AppendLine();
        report.AppendLine(Invariant, $"## Argument sets ({dataName}; thesis match = token F1 >= {TokenF1.MatchThreshold}; summaries at Standard length)");
        report.AppendLine();
        report.AppendLine("| set | docs | thesis accuracy | first sentence | last sentence | counterpoints covered | counterpoint precision | docs without gold counterpoints given some |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in new[] { ArgumentSetResult.From("arg-microtexts", scores.Microtexts), ArgumentSetResult.From("AAE essays", scores.Essays) })
        {
            report.AppendLine(Invariant,
                $"| {r.Set} | {r.Documents} | {Percent(r.ThesisAccuracy)} | {Percent(r.FirstSentenceAccuracy)} | {Percent(r.LastSentenceAccuracy)} " +
                $"| {r.CoveredCounterpoints}/{r.GoldCounterpoints} ({Percent(Ratio(r.CoveredCounterpoints, r.GoldCounterpoints))}) " +
                $"| {r.ReturnedCounterpointsMatchingGold}/{r.ReturnedCounterpoints} ({Percent(Ratio(r.ReturnedCounterpointsMatchingGold, r.ReturnedCounterpoints))}) " +
                $"| {Spurious(r.Set == "arg-microtexts" ? scores.Microtexts : scores.Essays)} |");
        }
        report.AppendLine();
        report.Append(PointTable.Build(scores));
        report.AppendLine();
        report.Append(LongformTable.Build(scores.Longform));
        report.AppendLine();
        report.AppendLine(Invariant, $"## News (ROUGE F1 x100, lowercase alphanumeric tokens, no stemming; ROUGE-L = LCS over the whole text, not ROUGE-Lsum; this engine = thesis + points at {newsLength} length)");
        foreach (var (label, documents, lead) in new[] { ("CNN/DailyMail", scores.CnnDailyMail, EvalScores.CnnDailyMailLead), ("XSum", scores.XSum, EvalScores.XSumLead) })
        {
            report.AppendLine();
            report.AppendLine(Invariant, $"### {label} ({documents.Count} articles)");
            report.AppendLine();
            report.AppendLine("| system | articles | ROUGE-1 | ROUGE-2 | ROUGE-L |");
            report.AppendLine("|---|---:|---:|---:|---:|");
            foreach (var row in NewsEvaluation.Aggregate(documents, lead))
            {
                report.AppendLine(Invariant, $"| {row.System} | {row.Articles} | {row.Rouge1:F2} | {row.Rouge2:F2} | {row.RougeL:F2} |");
            }
        }
        if (halves > 0)
        {
            report.AppendLine();
            report.Append(RobustnessTable.Build(scores, halves, seed));
        }
        return report.ToString();
    }

    private static string Spurious(List<ArgumentDocumentScore> scores) =>
        $"{scores.Count(s => s.GoldCounterpoints == 0 && s.ReturnedCounterpoints > 0)}/{scores.Count(s => s.GoldCounterpoints == 0)}";

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static string Percent(double share) => (100 * share).ToString("F1", Invariant) + "%";
}
