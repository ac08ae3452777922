namespace Briefing.Conversations;

/// <summary>An answer grounded in article text. <see cref="Answered"/> is false when the sources do not say.</summary>
public sealed record GroundedAnswer(string Text, IReadOnlyList<Citation> Citations, bool Answered, string Engine);
