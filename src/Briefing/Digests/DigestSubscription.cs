namespace Briefing.Digests;

/// <summary>A channel's digest: how often and when (local time in an IANA zone), which topics, and the last period posted.</summary>
public sealed record DigestSubscription
{
    public required ulong GuildId { get; init; }
    public required ulong ChannelId { get; init; }
    public required TimeOnly LocalTime { get; init; }
    public required string TimeZone { get; init; }
    public DigestCadence Every { get; init; } = DigestCadence.Daily;
    /// <summary>The weekday of a weekly digest (local, in <see cref="TimeZone"/>); null for a daily one.</summary>
    public DayOfWeek? Day { get; init; }
    /// <summary>Lower-case keywords; empty = everything.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>The end of the last period a digest covered; articles fetched after it are new.</summary>
    public DateTimeOffset? LastCoveredUntil { get; init; }
    /// <summary>403/404 answers in a row from the channel; reset by a delivered digest or by subscribing again.</summary>
    public int FailureCount { get; init; }
    /// <summary>After a 403/404, no attempt before this instant (exponential backoff).</summary>
    public DateTimeOffset? RetryAt { get; init; }
    /// <summary>Why digests stopped after repeated 403/404s ("403 Missing Access"); null while active.</summary>
    public string? PausedReason { get; init; }
    public DateTimeOffset? PausedSince { get; init; }
}
