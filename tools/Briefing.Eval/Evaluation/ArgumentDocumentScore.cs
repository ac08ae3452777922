namespace Briefing.Evaluation;

/// <summary>
/// How a summarizer and the position baselines did on one argumentative text: its thesis, counterpoints and
/// supporting points, next to the lead baseline's points (the first sentences other than the thesis, as many).
/// </summary>
public sealed record ArgumentDocumentScore(
    string Id,
    bool ThesisMatches,
    bool FirstSentenceMatches,
    bool LastSentenceMatches,
    int GoldCounterpoints,
    int CoveredCounterpoints,
    int ReturnedCounterpoints,
    int ReturnedCounterpointsMatchingGold,
    PointCounts Points,
    PointCounts LeadPoints);
