namespace Briefing.Evaluation;

/// <summary>A point that covers no supporting span, why, and how near it came (best token F1 and containment).</summary>
public sealed record MissedPoint(string Quote, PointMiss Kind, double BestF1, double BestContainment);
