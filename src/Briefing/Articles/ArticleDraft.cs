namespace Briefing.Articles;

/// <summary>An article as extracted from a source, before the library gives it an id.</summary>
public sealed record ArticleDraft
{
    public required string Url { get; init; }
    public required string Title { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? SiteName { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public string? Language { get; init; }
    public required IReadOnlyList<string> Paragraphs { get; init; }
    public ulong? GuildId { get; init; }
    public required string Origin { get; init; }
}
