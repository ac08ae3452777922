namespace Briefing.Evaluation;

/// <summary>Thesis accuracy against the position baselines, and counterpoint coverage, on one argument set.</summary>
public sealed record ArgumentSetResult(
    string Set,
    int Documents,
    double ThesisAccuracy,
    double FirstSentenceAccuracy,
    double LastSentenceAccuracy,
    int GoldCounterpoints,
    int CoveredCounterpoints,
    int ReturnedCounterpoints,
    int ReturnedCounterpointsMatchingGold);
