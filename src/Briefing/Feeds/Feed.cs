namespace Briefing.Feeds;

/// <summary>A subscribed RSS/Atom feed with its polling state.</summary>
public sealed record Feed
{
    public required long Id { get; init; }
    public required string Url { get; init; }
    public string? Title { get; init; }
    /// <summary>null = global feed (CLI); otherwise the guild that added it.</summary>
    public ulong? GuildId { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public int FailureCount { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? LastPolledAt { get; init; }
    public DateTimeOffset NextPollAt { get; init; }
    public bool Disabled { get; init; }
}
