namespace Briefing.Evaluation;

/// <summary>One long-form document's missed points and uncovered premises, classified (see <see cref="LongformMisses"/>).</summary>
public sealed record LongformDocumentMisses(
    string Id,
    int Points,
    int Premises,
    IReadOnlyList<MissedPoint> MissedPoints,
    IReadOnlyList<MissedPremise> MissedPremises)
{
    /// <summary>More premises than points: the summary could not have covered them all.</summary>
    public bool RanOutOfPoints => Premises > Points;
}
