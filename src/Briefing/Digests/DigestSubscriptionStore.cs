using System.Globalization;
using System.Text.Json;
using Briefing.Digests;
using Briefing.Storage;
using Dapper;

namespace Briefing.Digests;

/// <summary>One digest subscription per channel; the same SQL on both engines.</summary>
internal sealed class DigestSubscriptionStore : IDigestSubscriptionStore
{
    private const string Columns = """
        guild_id AS GuildId, channel_id AS ChannelId, local_time AS LocalTime, time_zone AS TimeZone, topics AS Topics,
        created_at AS CreatedAt, last_covered_until AS LastCoveredUntil, failure_count AS FailureCount, retry_at AS RetryAt,
        paused_reason AS PausedReason, paused_since AS PausedSince
        """;
    // Changing the schedule keeps what was already covered, so re-subscribing never repeats a digest; it also
    // clears failures and a pause, which is how an owner re-enables a channel the bot lost access to.
    private const string Upsert = """
        INSERT INTO digest_subscriptions (channel_id, guild_id, local_time, time_zone, topics, created_at, last_covered_until)
        VALUES (@ChannelId, @GuildId, @LocalTime, @TimeZone, @Topics, @CreatedAt, @LastCoveredUntil)
        ON CONFLICT (channel_id) DO UPDATE SET guild_id = excluded.guild_id, local_time = excluded.local_time,
            time_zone = excluded.time_zone, topics = excluded.topics,
            last_covered_until = coalesce(excluded.last_covered_until, digest_subscriptions.last_covered_until),
            failure_count = 0, retry_at = NULL, paused_reason = NULL, paused_since = NULL
        """;
    private const string Delete = "DELETE FROM digest_subscriptions WHERE guild_id = @GuildId AND channel_id = @ChannelId";
    private const string SelectOne = $"SELECT {Columns} FROM digest_subscriptions WHERE channel_id = @ChannelId";
    private const string SelectAll = $"SELECT {Columns} FROM digest_subscriptions ORDER BY channel_id";
    private const string SelectGuild = $"SELECT {Columns} FROM digest_subscriptions WHERE guild_id = @GuildId ORDER BY channel_id";
    // Coverage only moves forward: a late or concurrent writer with an older end never takes it back.
    private const string Covered = """
        UPDATE digest_subscriptions SET last_covered_until = @CoveredUntil
        WHERE channel_id = @ChannelId AND (last_covered_until IS NULL OR last_covered_until < @CoveredUntil)
        """;
    private const string Failed = """
        UPDATE digest_subscriptions SET failure_count = @FailureCount, retry_at = @RetryAt, paused_reason = @PausedReason, paused_since = @PausedSince
        WHERE channel_id = @ChannelId
        """;
    private const string Cleared = "UPDATE digest_subscriptions SET failure_count = 0, retry_at = NULL, paused_reason = NULL, paused_since = NULL WHERE channel_id = @ChannelId";
    private const string TimeFormat = "HH':'mm':'ss";

    private readonly IDbConnectionFactory _connections;

    public DigestSubscriptionStore(IDbConnectionFactory connections) => _connections = connections;

    public async Task UpsertAsync(DigestSubscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var provider = _connections.Provider;
        var parameters = new
        {
            ChannelId = DbValues.Id(subscription.ChannelId),
            GuildId = DbValues.Id(subscription.GuildId),
            LocalTime = subscription.LocalTime.ToString(TimeFormat, CultureInfo.InvariantCulture),
            subscription.TimeZone,
            Topics = JsonSerializer.Serialize(subscription.Topics),
            CreatedAt = DbValues.Time(provider, subscription.CreatedAt),
            LastCoveredUntil = DbValues.Time(provider, subscription.LastCoveredUntil),
        };
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(Upsert, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<bool> RemoveAsync(ulong guildId, ulong channelId, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var parameters = new { GuildId = DbValues.Id(guildId), ChannelId = DbValues.Id(channelId) };
        return await connection.ExecuteAsync(new CommandDefinition(Delete, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
    }

    public async Task<DigestSubscription?> GetAsync(ulong channelId, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(SelectOne, new { ChannelId = DbValues.Id(channelId) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToSubscription();
    }

    /// <summary>null lists every channel's subscription (the scheduler); a guild id lists that guild's.</summary>
    public async Task<IReadOnlyList<DigestSubscription>> ListAsync(ulong? guildId, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var command = guildId is null
            ? new CommandDefinition(SelectAll, cancellationToken: cancellationToken)
            : new CommandDefinition(SelectGuild, new { GuildId = DbValues.Id(guildId) }, cancellationToken: cancellationToken);
        var rows = await connection.QueryAsync<Row>(command).ConfigureAwait(false);
        return rows.Select(r => r.ToSubscription()).ToList();
    }

    public async Task MarkCoveredAsync(ulong channelId, DateTimeOffset coveredUntil, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var parameters = new { ChannelId = DbValues.Id(channelId), CoveredUntil = DbValues.Time(_connections.Provider, coveredUntil) };
        await connection.ExecuteAsync(new CommandDefinition(Covered, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task RecordFailureAsync(ulong channelId, int failureCount, DateTimeOffset retryAt, string? pausedReason, DateTimeOffset? pausedSince, CancellationToken cancellationToken)
    {
        var provider = _connections.Provider;
        var parameters = new
        {
            ChannelId = DbValues.Id(channelId),
            FailureCount = failureCount,
            RetryAt = DbValues.Time(provider, retryAt),
            PausedReason = pausedReason,
            PausedSince = DbValues.Time(provider, pausedSince),
        };
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(Failed, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task ClearFailuresAsync(ulong channelId, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(Cleared, new { ChannelId = DbValues.Id(channelId) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private sealed class Row
    {
        public long GuildId { get; set; }
        public long ChannelId { get; set; }
        public string LocalTime { get; set; } = "";
        public string TimeZone { get; set; } = "";
        public string Topics { get; set; } = "[]";
        public object CreatedAt { get; set; } = "";
        public object? LastCoveredUntil { get; set; }
        public int FailureCount { get; set; }
        public object? RetryAt { get; set; }
        public string? PausedReason { get; set; }
        public object? PausedSince { get; set; }

        public DigestSubscription ToSubscription() => new()
        {
            GuildId = DbValues.ReadId(GuildId),
            ChannelId = DbValues.ReadId(ChannelId),
            LocalTime = TimeOnly.ParseExact(LocalTime, TimeFormat, CultureInfo.InvariantCulture),
            TimeZone = TimeZone,
            Topics = JsonSerializer.Deserialize<string[]>(Topics) ?? [],
            CreatedAt = DbValues.ReadTime(CreatedAt),
            LastCoveredUntil = DbValues.ReadNullableTime(LastCoveredUntil),
            FailureCount = FailureCount,
            RetryAt = DbValues.ReadNullableTime(RetryAt),
            PausedReason = PausedReason,
            PausedSince = DbValues.ReadNullableTime(PausedSince),
        };
    }
}
