using System.Data.Common;
using Briefing.Articles;
using Briefing.Embeddings;
using Dapper;

namespace Briefing.Storage;

/// <summary>
/// Article vectors in <c>article_embeddings</c> on either engine. Nearest neighbours are found in process (the
/// retrieval layer keeps the vectors in memory and reads only what changed); the scope rule stays here, in SQL.
/// </summary>
internal sealed class ArticleEmbeddingStore : IArticleEmbeddingStore
{
    // Missing, made by another model, made from older text, or not the right size: all mean "embed again".
    private const string Stale = """
        (e.article_id IS NULL OR e.model <> @Model OR e.content_hash <> a.content_hash OR length(e.vector) <> @Bytes)
        """;
    private const string SelectPending = $"""
        SELECT a.id AS ArticleId, a.content_hash AS ContentHash, a.title AS Title
        FROM articles a LEFT JOIN article_embeddings e ON e.article_id = a.id
        WHERE {Stale}
        ORDER BY a.id LIMIT @Limit
        """;
    // PostgreSQL, several instances: pending articles nobody holds a live claim on, claimed for this caller in the same
    // statement. SKIP LOCKED passes over rows another instance is claiming right now; the conflict clause decides a
    // race the snapshot cannot see (a claim committed after this statement began): a live claim is never taken over,
    // and only the rows actually written come back. FOR NO KEY UPDATE does not block the foreign-key checks of writers.
    private const string ClaimPending = $"""
        WITH candidates AS (
            SELECT a.id FROM articles a
            LEFT JOIN article_embeddings e ON e.article_id = a.id
            LEFT JOIN article_embedding_claims c ON c.article_id = a.id
            WHERE {Stale} AND (c.article_id IS NULL OR c.claimed_until <= @Now)
            ORDER BY a.id LIMIT @Limit
            FOR NO KEY UPDATE OF a SKIP LOCKED
        )
        INSERT INTO article_embedding_claims AS held (article_id, claimed_until)
        SELECT id, @Until FROM candidates
        ON CONFLICT (article_id) DO UPDATE SET claimed_until = excluded.claimed_until WHERE held.claimed_until <= @Now
        RETURNING held.article_id
        """;
    private const string SelectClaimed = """
        SELECT a.id AS ArticleId, a.content_hash AS ContentHash, a.title AS Title
        FROM articles a WHERE a.id = ANY(@Ids) ORDER BY a.id
        """;
    private const string ReleaseClaim = "DELETE FROM article_embedding_claims WHERE article_id = @ArticleId";
    private const string CountPending = $"""
        SELECT COUNT(*) FROM articles a LEFT JOIN article_embeddings e ON e.article_id = a.id WHERE {Stale}
        """;
    private const string AnyOfModel = "SELECT COUNT(*) FROM (SELECT 1 FROM article_embeddings WHERE model = @Model LIMIT 1) AS one";
    private const string Upsert = """
        INSERT INTO article_embeddings (article_id, model, content_hash, vector, embedded_at)
        VALUES (@ArticleId, @Model, @ContentHash, @Vector, @At)
        ON CONFLICT (article_id) DO UPDATE SET model = excluded.model, content_hash = excluded.content_hash,
            vector = excluded.vector, embedded_at = excluded.embedded_at
        """;
    // Vectors written at or after @Since (all when null); only those made from the article's current text.
    private const string SelectChanged = """
        SELECT e.article_id AS ArticleId, a.guild_id AS GuildId, e.vector AS Vector, e.embedded_at AS EmbeddedAt
        FROM article_embeddings e JOIN articles a ON a.id = e.article_id
        WHERE e.model = @Model AND e.content_hash = a.content_hash AND e.embedded_at >= @Since
        """;
    // The scope filter is the article store's (global articles, plus the guild's own).
    private const string VisibleSqlite = $"SELECT a.id FROM articles a WHERE a.id IN @Ids AND {ArticleVisibility.Condition}";
    private const string VisiblePostgres = $"SELECT a.id FROM articles a WHERE a.id = ANY(@Ids) AND {ArticleVisibility.Condition}";
    private const string DeleteCorrupt = "DELETE FROM article_embeddings WHERE article_id = @ArticleId AND model = @Model";
    private const string SelectByIdsSqlite = """
        SELECT e.article_id AS ArticleId, e.vector AS Vector
        FROM article_embeddings e JOIN articles a ON a.id = e.article_id
        WHERE e.model = @Model AND e.content_hash = a.content_hash AND e.article_id IN @Ids
        """;
    private const string SelectByIdsPostgres = """
        SELECT e.article_id AS ArticleId, e.vector AS Vector
        FROM article_embeddings e JOIN articles a ON a.id = e.article_id
        WHERE e.model = @Model AND e.content_hash = a.content_hash AND e.article_id = ANY(@Ids)
        """;

    private readonly IDbConnectionFactory _connections;
    private readonly ArticleDialect _dialect;
    private readonly TimeProvider _time;

    public ArticleEmbeddingStore(IDbConnectionFactory connections, ArticleDialect dialect, TimeProvider time)
    {
        _connections = connections;
        _dialect = dialect;
        _time = time;
    }

    public async Task<IReadOnlyList<PendingEmbedding>> ListPendingAsync(string model, int dimensions, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = (await connection.QueryAsync<PendingRow>(new CommandDefinition(SelectPending, new { Model = model, Bytes = dimensions * sizeof(float), Limit = Math.Max(0, limit) }, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
        return await WithParagraphsAsync(connection, rows, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PendingEmbedding>> ClaimPendingAsync(string model, int dimensions, int limit, TimeSpan lease, CancellationToken cancellationToken)
    {
        if (_connections.Provider != StorageProvider.Postgres)
        {
            // One process serves a SQLite library, and its one indexer needs no claims.
            return await ListPendingAsync(model, dimensions, limit, cancellationToken).ConfigureAwait(false);
        }

        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var parameters = new { Model = model, Bytes = dimensions * sizeof(float), Limit = Math.Max(0, limit), Now = DbValues.Time(_connections.Provider, now), Until = DbValues.Time(_connections.Provider, now + lease) };
        var claimed = (await connection.QueryAsync<long>(new CommandDefinition(ClaimPending, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToArray();
        if (claimed.Length == 0)
        {
            return [];
        }

        var rows = (await connection.QueryAsync<PendingRow>(new CommandDefinition(SelectClaimed, new { Ids = claimed }, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
        return await WithParagraphsAsync(connection, rows, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<PendingEmbedding>> WithParagraphsAsync(DbConnection connection, List<PendingRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var paragraphs = (await connection.QueryAsync<ParagraphRecord>(new CommandDefinition(_dialect.SelectParagraphs, new { Ids = rows.Select(r => r.ArticleId).ToArray() }, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .GroupBy(p => p.ArticleId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Text).ToList());
        return rows.Select(r => new PendingEmbedding(r.ArticleId, r.ContentHash, r.Title, paragraphs.GetValueOrDefault(r.ArticleId, []))).ToList();
    }

    public async Task<int> CountPendingAsync(string model, int dimensions, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(CountPending, new { Model = model, Bytes = dimensions * sizeof(float) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<bool> AnyAsync(string model, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(AnyOfModel, new { Model = model }, cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
    }

    public async Task SaveAsync(long articleId, string contentHash, string model, float[] vector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vector);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = new { ArticleId = articleId, Model = model, ContentHash = contentHash, Vector = EmbeddingVector.ToBytes(vector), At = DbValues.Time(_connections.Provider, _time.GetUtcNow()) };
        await connection.ExecuteAsync(new CommandDefinition(Upsert, row, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (_connections.Provider == StorageProvider.Postgres)
        {
            // Done: the article is free to be claimed again should its text change.
            await connection.ExecuteAsync(new CommandDefinition(ReleaseClaim, new { ArticleId = articleId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<StoredEmbedding>> ListChangedAsync(string model, int dimensions, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var parameters = new { Model = model, Since = DbValues.Time(_connections.Provider, since ?? DateTimeOffset.UnixEpoch) };
        var rows = await connection.QueryAsync<VectorRow>(new CommandDefinition(SelectChanged, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var stored = new List<StoredEmbedding>();
        foreach (var row in rows)
        {
            if (EmbeddingVector.FromBytes(row.Vector, dimensions) is { } vector)
            {
                stored.Add(new StoredEmbedding(row.ArticleId, DbValues.ReadId(row.GuildId), vector, DbValues.ReadTime(row.EmbeddedAt!)));
            }
            else
            {
                // Corrupt: dropped here, so the indexer finds the article pending and computes its vector again.
                await connection.ExecuteAsync(new CommandDefinition(DeleteCorrupt, new { row.ArticleId, Model = model }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
        }

        return stored;
    }

    public async Task<IReadOnlyList<long>> VisibleAsync(IReadOnlyCollection<long> articleIds, ArticleScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (articleIds.Count == 0)
        {
            return [];
        }

        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var sql = _connections.Provider == StorageProvider.Postgres ? VisiblePostgres : VisibleSqlite;
        var visibility = ArticleVisibility.Parameters(scope);
        return (await connection.QueryAsync<long>(new CommandDefinition(sql, new { Ids = articleIds.ToArray(), GuildId = visibility.GuildId, OwnerUserId = visibility.OwnerUserId, GuildScope = visibility.GuildScope, OwnerScope = visibility.OwnerScope }, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
    }

    public async Task<IReadOnlyDictionary<long, float[]>> GetAsync(IReadOnlyCollection<long> articleIds, string model, int dimensions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (articleIds.Count == 0)
        {
            return new Dictionary<long, float[]>();
        }

        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var sql = _connections.Provider == StorageProvider.Postgres ? SelectByIdsPostgres : SelectByIdsSqlite;
        var rows = await connection.QueryAsync<VectorRow>(new CommandDefinition(sql, new { Model = model, Ids = articleIds.ToArray() }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var vectors = new Dictionary<long, float[]>();
        foreach (var row in rows)
        {
            if (EmbeddingVector.FromBytes(row.Vector, dimensions) is { } vector)
            {
                vectors[row.ArticleId] = vector;
            }
        }

        return vectors;
    }

    private sealed class PendingRow
    {
        public long ArticleId { get; set; }
        public string ContentHash { get; set; } = "";
        public string Title { get; set; } = "";
    }

    private sealed class VectorRow
    {
        public long ArticleId { get; set; }
        public long? GuildId { get; set; }
        public byte[]? Vector { get; set; }
        public object? EmbeddedAt { get; set; }
    }
}
