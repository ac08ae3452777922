namespace Briefing.Evaluation;

/// <summary>Whether the engine's thesis and each position baseline matched the gold claim on one document.</summary>
public readonly record struct ThesisHits(bool Engine, bool FirstSentence, bool FirstBodySentence, bool LastSentence);
