using Briefing.Articles;
using Briefing.Feeds;
using Briefing.Storage;
using Dapper;

namespace Briefing.Feeds;

/// <summary>Feeds and their polling state; only the claim differs per engine (PostgreSQL skips rows another instance holds).</summary>
internal sealed class FeedStore : IFeedStore
{
    private const string Columns = """
        id AS Id, url AS Url, title AS Title, guild_id AS GuildId, etag AS ETag, last_modified AS LastModified,
        failure_count AS FailureCount, last_error AS LastError, last_polled_at AS LastPolledAt, next_poll_at AS NextPollAt,
        disabled AS Disabled
        """;
    private const string Insert = """
        INSERT INTO feeds (url, guild_id, next_poll_at, created_at) VALUES (@Url, @GuildId, @Now, @Now)
        ON CONFLICT DO NOTHING
        """;
    private const string SelectByScopeUrl = $"SELECT {Columns} FROM feeds WHERE coalesce(guild_id, 0) = @Scope AND url = @Url";
    private const string SelectById = $"SELECT {Columns} FROM feeds WHERE id = @Id";
    private const string SelectScope = $"SELECT {Columns} FROM feeds WHERE coalesce(guild_id, 0) = @Scope ORDER BY id";
    private const string DeleteOwned = "DELETE FROM feeds WHERE id = @Id AND coalesce(guild_id, 0) = @Scope";
    private const string SelectDue = $"""
        SELECT {Columns} FROM feeds WHERE NOT disabled AND next_poll_at <= @Now ORDER BY next_poll_at, id LIMIT @Limit
        """;
    private const string Success = """
        UPDATE feeds SET title = coalesce(@Title, title), etag = @ETag, last_modified = @LastModified, failure_count = 0,
            last_error = @LastError, last_polled_at = @PolledAt, next_poll_at = @NextPollAt, claimed_until = NULL
        WHERE id = @Id
        """;
    private const string Failure = """
        UPDATE feeds SET failure_count = failure_count + 1, last_error = @Error, last_polled_at = @PolledAt,
            next_poll_at = @NextPollAt, disabled = (disabled OR @Disable), claimed_until = NULL
        WHERE id = @Id
        """;
    private const string DueForClaim = "NOT disabled AND next_poll_at <= @Now AND (claimed_until IS NULL OR claimed_until <= @Now)";
    // SQLite runs one writer at a time, so the sub-select and the update cannot interleave with another claim.
    private const string ClaimSqlite = $"""
        UPDATE feeds SET claimed_until = @Until
        WHERE id IN (SELECT id FROM feeds WHERE {DueForClaim} ORDER BY next_poll_at, id LIMIT @Limit)
        RETURNING {Columns}
        """;
    // SKIP LOCKED: concurrent instances each take different due feeds instead of waiting and taking the same ones.
    private const string ClaimPostgres = $"""
        UPDATE feeds SET claimed_until = @Until
        WHERE id IN (SELECT id FROM feeds WHERE {DueForClaim} ORDER BY next_poll_at, id LIMIT @Limit FOR UPDATE SKIP LOCKED)
        RETURNING {Columns}
        """;

    private readonly IDbConnectionFactory _connections;

    public FeedStore(IDbConnectionFactory connections) => _connections = connections;

    private StorageProvider Provider => _connections.Provider;

    public async Task<Feed> AddAsync(string url, ulong? guildId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var canonical = CanonicalUrl.Normalize(url);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var parameters = new { Url = canonical, GuildId = DbValues.Id(guildId), Now = DbValues.Time(Provider, now) };
        await connection.ExecuteAsync(new CommandDefinition(Insert, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var row = await connection.QuerySingleAsync<Row>(new CommandDefinition(SelectByScopeUrl, new { Url = canonical, Scope = DbValues.Id(guildId) ?? 0 }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row.ToFeed();
    }

    public async Task<Feed?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(SelectById, new { Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToFeed();
    }

    /// <summary>The feeds the scope owns: a guild's own feeds, or the global ones for null.</summary>
    public async Task<IReadOnlyList<Feed>> ListAsync(ulong? guildId, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(SelectScope, new { Scope = DbValues.Id(guildId) ?? 0 }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToFeed()).ToList();
    }

    public async Task<bool> RemoveAsync(long id, ulong? guildId, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(DeleteOwned, new { Id = id, Scope = DbValues.Id(guildId) ?? 0 }, cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
    }

    public async Task<IReadOnlyList<Feed>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(SelectDue, new { Now = DbValues.Time(Provider, now), Limit = Math.Max(0, limit) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToFeed()).ToList();
    }

    public async Task<IReadOnlyList<Feed>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken)
    {
        var sql = Provider == StorageProvider.Postgres ? ClaimPostgres : ClaimSqlite;
        var parameters = new { Now = DbValues.Time(Provider, now), Until = DbValues.Time(Provider, now + lease), Limit = Math.Max(0, limit) };
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToFeed()).OrderBy(f => f.NextPollAt).ThenBy(f => f.Id).ToList();
    }

    public async Task RecordSuccessAsync(long id, string? title, string? etag, string? lastModified, string? lastError, DateTimeOffset polledAt, DateTimeOffset nextPollAt, CancellationToken cancellationToken)
    {
        var parameters = new { Id = id, Title = title, ETag = etag, LastModified = lastModified, LastError = lastError, PolledAt = DbValues.Time(Provider, polledAt), NextPollAt = DbValues.Time(Provider, nextPollAt) };
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(Success, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task RecordFailureAsync(long id, string error, DateTimeOffset polledAt, DateTimeOffset nextPollAt, bool disable, CancellationToken cancellationToken)
    {
        var parameters = new { Id = id, Error = error, PolledAt = DbValues.Time(Provider, polledAt), NextPollAt = DbValues.Time(Provider, nextPollAt), Disable = disable };
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(Failure, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private sealed class Row
    {
        public long Id { get; set; }
        public string Url { get; set; } = "";
        public string? Title { get; set; }
        public long? GuildId { get; set; }
        public string? ETag { get; set; }
        public string? LastModified { get; set; }
        public int FailureCount { get; set; }
        public string? LastError { get; set; }
        public object? LastPolledAt { get; set; }
        public object NextPollAt { get; set; } = "";
        public bool Disabled { get; set; }

        public Feed ToFeed() => new()
        {
            Id = Id,
            Url = Url,
            Title = Title,
            GuildId = DbValues.ReadId(GuildId),
            ETag = ETag,
            LastModified = LastModified,
            FailureCount = FailureCount,
            LastError = LastError,
            LastPolledAt = DbValues.ReadNullableTime(LastPolledAt),
            NextPollAt = DbValues.ReadTime(NextPollAt),
            Disabled = Disabled,
        };
    }
}
