namespace Briefing.Evaluation;

/// <summary>ROUGE of the summarizer, the lead baseline and each stored system output on one news article.</summary>
public sealed record NewsDocumentScore(string Id, RougeScores Engine, RougeScores Lead, IReadOnlyDictionary<string, RougeScores> Systems);
