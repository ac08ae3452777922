namespace Briefing.Retrieval;

/// <summary>An article offered while someone types: its id and title, nothing else (no body is read).</summary>
public sealed record TitleSuggestion(long ArticleId, string Title);
