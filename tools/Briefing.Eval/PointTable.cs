using System.Globalization;
using System.Text;
using Briefing.Evaluation;

namespace Briefing.Eval;

/// <summary>
/// Supporting-point quality on the argument sets: the share of returned points (Standard length) that state a gold
/// claim or premise of the author's side, and the share that state a gold counterpoint instead, next to the lead
/// baseline (the first sentences other than the engine's thesis, as many as the engine returned).
/// </summary>
internal static class PointTable
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Build(EvalScores scores)
    {
        var report = new StringBuilder();
        report.AppendLine(Invariant, $"## Supporting points (a point matches a gold unit at token F1 >= {TokenF1.MatchThreshold}; gold counterpoints are not supporting units)");
        report.AppendLine();
        report.AppendLine("| set | docs | points returned | point precision | lead baseline | points that are gold counterpoints | lead baseline |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in new[] { ArgumentSetResult.From("arg-microtexts", scores.Microtexts), ArgumentSetResult.From("AAE essays", scores.Essays) })
        {
            report.AppendLine(Invariant,
                $"| {r.Set} | {r.Documents} | {r.Points.Returned} | {Share(r.Points.Supporting, r.Points.Precision)} | {Share(r.LeadPoints.Supporting, r.LeadPoints.Precision)} " +
                $"| {Share(r.Points.Opposing, r.Points.OpposingShare)} | {Share(r.LeadPoints.Opposing, r.LeadPoints.OpposingShare)} |");
        }
        return report.ToString();
    }

    private static string Share(int count, double share) => string.Create(Invariant, $"{count} ({100 * share:F1}%)");
}
