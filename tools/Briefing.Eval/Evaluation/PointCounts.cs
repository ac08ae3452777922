namespace Briefing.Evaluation;

/// <summary>
/// How many supporting points were returned, how many match a gold claim or premise of the author's side, and how
/// many match a gold counterpoint instead (an opposing view shown as a reason).
/// </summary>
public readonly record struct PointCounts(int Returned, int Supporting, int Opposing)
{
    public static PointCounts Of(IReadOnlyCollection<string> points, ArgumentDocument document)
    {
        var supporting = document.SupportingUnits();
        return new PointCounts(
            points.Count,
            points.Count(p => TokenF1.Matches(p, supporting)),
            points.Count(p => TokenF1.Matches(p, document.Counterpoints)));
    }

    public static PointCounts operator +(PointCounts a, PointCounts b) =>
        new(a.Returned + b.Returned, a.Supporting + b.Supporting, a.Opposing + b.Opposing);

    /// <summary>Share of returned points that match a supporting unit (0 when none were returned).</summary>
    public double Precision => Returned == 0 ? 0 : (double)Supporting / Returned;

    /// <summary>Share of returned points that match a gold counterpoint.</summary>
    public double OpposingShare => Returned == 0 ? 0 : (double)Opposing / Returned;
}
