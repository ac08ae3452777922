using System.Globalization;
using System.Text;
using Briefing.Evaluation;

namespace Briefing.Eval;

/// <summary>
/// The long-form set's table: each measure of shared/eval/README.md for this engine next to the position baselines
/// (first sentence, which is the title; first body sentence; last sentence; lead-k with k = the points returned).
/// </summary>
internal static class LongformTable
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Build(IReadOnlyList<LongformDocumentScore> scores)
    {
        var r = new LongformSetResult(scores);
        var report = new StringBuilder();
        report.AppendLine(Invariant, $"## Long-form web arguments ({scores.Count} docs; {LongformEvaluation.File}; summaries at Standard length; items matched by quote)");
        report.AppendLine();
        report.AppendLine("| measure | this engine | first sentence | first body sentence | last sentence | lead-k |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|");
        report.AppendLine(Invariant,
            $"| thesis accuracy, explicit claims ({r.Explicit.Count()} docs, F1 >= {LongformTokens.CoverF1}) | {N(r.ExplicitThesis(h => h.Engine))} " +
            $"| {N(r.ExplicitThesis(h => h.FirstSentence))} | {N(r.ExplicitThesis(h => h.FirstBodySentence))} | {N(r.ExplicitThesis(h => h.LastSentence))} | - |");
        report.AppendLine(Invariant,
            $"| thesis accuracy, implicit only ({r.ImplicitOnly.Count()} docs, paraphrase F1 >= {LongformEvaluation.ParaphraseF1}) | {N(r.ImplicitThesis(h => h.Engine))} " +
            $"| {N(r.ImplicitThesis(h => h.FirstSentence))} | {N(r.ImplicitThesis(h => h.FirstBodySentence))} | {N(r.ImplicitThesis(h => h.LastSentence))} | - |");
        report.AppendLine(Invariant, $"| point recall ({r.Premises} premises) | {N(r.PointRecall)} | - | - | - | {N(r.LeadPointRecall)} |");
        report.AppendLine(Invariant, $"| point precision ({r.PointsReturned} points) | {N(r.PointPrecision)} | - | - | - | {N(r.LeadPointPrecision)} |");
        report.AppendLine(Invariant, $"| counterpoint coverage ({r.Rebuttals} rebuttals) | {N(r.CounterpointCoverage)} ({r.RebuttalsCovered}/{r.Rebuttals}) | - | - | - | - |");
        report.AppendLine(Invariant, $"| counterpoint precision | {N(r.CounterpointPrecision)} ({r.CounterpointsCovering}/{r.CounterpointsReturned}) | - | - | - | - |");
        var (spurious, withoutRebuttal) = r.SpuriousCounterpoints;
        report.AppendLine(Invariant, $"| docs without a rebuttal given counterpoints | {spurious}/{withoutRebuttal} | - | - | - | - |");
        report.AppendLine(Invariant, $"| redundant point pairs (content-word Jaccard >= {LongformTokens.RedundantJaccard}) | {r.RedundantPairs} | - | - | - | {r.LeadRedundantPairs} |");
        report.AppendLine(Invariant,
            $"| paragraph spread (mean distinct body paragraphs, {scores.Count(s => s.IsLong)} docs of {LongformEvaluation.LongParagraphs}+) | {r.Spread:F2} | - | - | - | {r.LeadSpread:F2} |");
        return report.ToString();
    }

    private static string N(double value) => value.ToString("F2", Invariant);
}
