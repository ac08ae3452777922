namespace Briefing.Summaries;

/// <summary>The article a summary or answer is about, as shown to users.</summary>
public sealed record ArticleReference(long Id, string Title, string Url, string? Author, DateTimeOffset? Published, string? SiteName);
