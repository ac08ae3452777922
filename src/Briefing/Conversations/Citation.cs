namespace Briefing.Conversations;

/// <summary>A paragraph an answer used, with the verbatim words it relied on.</summary>
public sealed record Citation(long ArticleId, string ArticleTitle, int Paragraph, string Quote);
