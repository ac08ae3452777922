namespace Briefing.Evaluation;

/// <summary>
/// How a summarizer and the lead baselines did on one long-form document. Thesis hits are against the explicit
/// claims when the document has any (F1 >= 0.5), else against the implicit claims' paraphrases (F1 >= 0.3).
/// Lead-k returns as many points as the engine did. Spread counts distinct body paragraphs of the points.
/// </summary>
public sealed record LongformDocumentScore(
    string Id,
    bool HasExplicitClaim,
    ThesisHits Thesis,
    int Premises,
    int PremisesCovered,
    int LeadPremisesCovered,
    int PointsReturned,
    int PointsCovering,
    int LeadPointsCovering,
    int Rebuttals,
    int RebuttalsCovered,
    int CounterpointsReturned,
    int CounterpointsCovering,
    int RedundantPairs,
    int LeadRedundantPairs,
    bool IsLong,
    int Spread,
    int LeadSpread);
