namespace Briefing.Evaluation;

/// <summary>
/// A margin (system minus baseline) on the whole set and over random halves of it: the mean, the 5th percentile,
/// the worst half, and the share of halves where the target holds.
/// </summary>
public sealed record MarginDistribution(double Full, int Halves, double Mean, double Percentile5, double Worst, double ShareHolding);
