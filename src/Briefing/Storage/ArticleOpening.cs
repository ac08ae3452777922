namespace Briefing.Storage;

/// <summary>An article's title, URL and first paragraph: enough to show it as a result without loading all its text.</summary>
public sealed record ArticleOpening(long ArticleId, string Title, string Url, string FirstParagraph);
