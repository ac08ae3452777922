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
    /// <summary>The user a direct-message article belongs to (see <see cref="Article.OwnerUserId"/>).</summary>
    public ulong? OwnerUserId { get; init; }
    /// <summary>False keeps it out of digests until someone who may add to them saves it again with true.</summary>
    public bool InDigest { get; init; } = true;

    /// <summary>This draft placed in <paramref name="scope"/>.</summary>
    public ArticleDraft In(ArticleScope scope) => this with { GuildId = scope.GuildId, OwnerUserId = scope.OwnerUserId };
    public required string Origin { get; init; }
}
