namespace Briefing.Evaluation;

/// <summary>A gold premise no point covers, and why.</summary>
public sealed record MissedPremise(string Span, PremiseMiss Kind);
