namespace Briefing.Articles;

/// <summary>A stored article: its metadata and its text as numbered paragraphs (1-based when cited).</summary>
public sealed record Article
{
    public required long Id { get; init; }
    /// <summary>Canonical URL (tracking parameters and fragment stripped); <c>file:</c> URI for local files.</summary>
    public required string Url { get; init; }
    public required string Title { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? SiteName { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public required DateTimeOffset FetchedAt { get; init; }
    public string? Language { get; init; }
    public required IReadOnlyList<string> Paragraphs { get; init; }
    public required string ContentHash { get; init; }
    /// <summary>null = global (every guild sees it); otherwise only this guild sees it.</summary>
    public ulong? GuildId { get; init; }
    /// <summary>Set (with no guild) when a user brought it in from a direct message: only that user sees it, there.</summary>
    public ulong? OwnerUserId { get; init; }
    /// <summary>False while it is held out of the guild's digest (a member's link that no manager has added yet).</summary>
    public bool InDigest { get; init; } = true;
    /// <summary>Where it came from: <c>file</c>, <c>url</c>, or <c>feed:{id}</c>.</summary>
    public required string Origin { get; init; }

    public string Text => string.Join("\n\n", Paragraphs);
}
