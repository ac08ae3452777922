namespace Briefing.Digests;

/// <summary>A channel's daily digest: when (local time in an IANA zone), which topics, and the last period posted.</summary>
public sealed record DigestSubscription
{
    public required ulong GuildId { get; init; }
    public required ulong ChannelId { get; init; }
    public required TimeOnly LocalTime { get; init; }
    public required string TimeZone { get; init; }
    /// <summary>Lower-case keywords; empty = everything.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>The end of the last period a digest covered; articles fetched after it are new.</summary>
    public DateTimeOffset? LastCoveredUntil { get; init; }
}
