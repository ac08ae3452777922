using System.Globalization;
using System.Text;
using Briefing.Evaluation;

namespace Briefing.Eval;

/// <summary>
/// The targets' margins over random halves of each set: what a held-out half of the same corpora is likely to
/// show. Argument sets: thesis accuracy minus the better position baseline on the same half (percentage points,
/// target above zero), and point precision minus the lead baseline's. News: ROUGE-1 minus the lead baseline (x100; target at least zero on CNN/DM).
/// </summary>
internal static class RobustnessTable
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Build(EvalScores scores, int halves, int seed)
    {
        var report = new StringBuilder();
        report.AppendLine(Invariant, $"## Split-half robustness ({halves} random halves per set, seed {seed})");
        report.AppendLine();
        report.AppendLine("| set | margin | target | full dev | mean over halves | 5th percentile | worst half | halves meeting target |");
        report.AppendLine("|---|---|---|---:|---:|---:|---:|---:|");
        Row(report, "arg-microtexts", "thesis - best position (pp)", "> 0", SplitHalves.Measure(scores.Microtexts, ThesisMargin, tieHolds: false, halves, seed));
        Row(report, "AAE essays", "thesis - best position (pp)", "> 0", SplitHalves.Measure(scores.Essays, ThesisMargin, tieHolds: false, halves, seed));
        Row(report, "CNN/DailyMail", "R-1 - Lead-3", ">= 0", SplitHalves.Measure(scores.CnnDailyMail, RougeMargin, tieHolds: true, halves, seed));
        Row(report, "XSum", "R-1 - Lead-1", "(none)", SplitHalves.Measure(scores.XSum, RougeMargin, tieHolds: true, halves, seed));
        Row(report, "arg-microtexts", "point precision - lead (pp)", "> 0", SplitHalves.Measure(scores.Microtexts, PointMargin, tieHolds: false, halves, seed));
        Row(report, "AAE essays", "point precision - lead (pp)", "> 0", SplitHalves.Measure(scores.Essays, PointMargin, tieHolds: false, halves, seed));
        Row(report, "arg-microtexts", "counterpoints covered (%)", "(none)", SplitHalves.Measure(scores.Microtexts, Coverage, tieHolds: true, halves, seed));
        Row(report, "AAE essays", "counterpoints covered (%)", "(none)", SplitHalves.Measure(scores.Essays, Coverage, tieHolds: true, halves, seed));
        var longform = scores.Longform;
        Row(report, "long-form", "explicit thesis - best position (pp)", "> 0", SplitHalves.Measure(longform, h => 100 * (Longform(h).ExplicitThesis(t => t.Engine) - Longform(h).BestPositionThesis), tieHolds: false, halves, seed));
        Row(report, "long-form", "point recall - lead-k (pp)", "> 0", SplitHalves.Measure(longform, h => 100 * (Longform(h).PointRecall - Longform(h).LeadPointRecall), tieHolds: false, halves, seed));
        Row(report, "long-form", "point precision - lead-k (pp)", "> 0", SplitHalves.Measure(longform, h => 100 * (Longform(h).PointPrecision - Longform(h).LeadPointPrecision), tieHolds: false, halves, seed));
        Row(report, "long-form", "counterpoint coverage (%)", "(none)", SplitHalves.Measure(longform, h => 100 * Longform(h).CounterpointCoverage, tieHolds: true, halves, seed));
        Row(report, "long-form", "counterpoint precision (%)", "(none)", SplitHalves.Measure(longform, h => 100 * Longform(h).CounterpointPrecision, tieHolds: true, halves, seed));
        return report.ToString();
    }

    private static LongformSetResult Longform(IReadOnlyList<LongformDocumentScore> half) => new(half);

    private static double ThesisMargin(IReadOnlyList<ArgumentDocumentScore> half)
    {
        var result = ArgumentSetResult.From("half", [.. half]);
        return 100 * (result.ThesisAccuracy - result.BestPositionAccuracy);
    }

    private static double PointMargin(IReadOnlyList<ArgumentDocumentScore> half)
    {
        var result = ArgumentSetResult.From("half", [.. half]);
        return 100 * (result.Points.Precision - result.LeadPoints.Precision);
    }

    private static double RougeMargin(IReadOnlyList<NewsDocumentScore> half) =>
        100 * half.Average(s => s.Engine.Rouge1 - s.Lead.Rouge1);

    private static double Coverage(IReadOnlyList<ArgumentDocumentScore> half)
    {
        var gold = half.Sum(s => s.GoldCounterpoints);
        return gold == 0 ? 0 : 100.0 * half.Sum(s => s.CoveredCounterpoints) / gold;
    }

    private static void Row(StringBuilder report, string set, string margin, string target, MarginDistribution d)
    {
        // Margins carry their sign; a plain share (coverage) does not.
        var format = margin.Contains('-', StringComparison.Ordinal) ? "+0.00;-0.00;0.00" : "0.00";
        string F(double value) => value.ToString(format, Invariant);
        var holding = target == "(none)" ? "-" : (100 * d.ShareHolding).ToString("F1", Invariant) + "%";
        report.AppendLine(Invariant, $"| {set} | {margin} | {target} | {F(d.Full)} | {F(d.Mean)} | {F(d.Percentile5)} | {F(d.Worst)} | {holding} |");
    }
}
