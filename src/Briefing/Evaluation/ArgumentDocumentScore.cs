namespace Briefing.Evaluation;

/// <summary>How a summarizer and the position baselines did on one argumentative text.</summary>
public sealed record ArgumentDocumentScore(
    string Id,
    bool ThesisMatches,
    bool FirstSentenceMatches,
    bool LastSentenceMatches,
    int GoldCounterpoints,
    int CoveredCounterpoints,
    int ReturnedCounterpoints,
    int ReturnedCounterpointsMatchingGold);
