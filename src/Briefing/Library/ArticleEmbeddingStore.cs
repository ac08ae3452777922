using Dapper;

namespace Briefing.Library;

/// <summary>
/// Article vectors in <c>article_embeddings</c> on either engine; nearest neighbours are found in process by one
/// scan over the scope's vectors (dot products of unit vectors).
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
    // The scope filter is the article store's (global articles, plus the guild's own).
    private const string SelectInScope = """
        SELECT e.article_id AS ArticleId, e.vector AS Vector
        FROM article_embeddings e JOIN articles a ON a.id = e.article_id
        WHERE e.model = @Model AND e.content_hash = a.content_hash AND (a.guild_id IS NULL OR a.guild_id = @GuildId)
        """;
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
    }

    public async Task<IReadOnlyList<EmbeddingMatch>> NearestAsync(float[] query, string model, ulong? guildId, int limit, double minSimilarity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (limit <= 0)
        {
            return [];
        }

        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var best = new PriorityQueue<EmbeddingMatch, double>();
        var corrupt = new List<long>();
        var command = new CommandDefinition(SelectInScope, new { Model = model, GuildId = DbValues.Id(guildId) }, cancellationToken: cancellationToken);
        foreach (var row in await connection.QueryAsync<VectorRow>(command).ConfigureAwait(false))
        {
            if (EmbeddingVector.FromBytes(row.Vector, query.Length) is not { } vector)
            {
                corrupt.Add(row.ArticleId);
                continue;
            }

            var similarity = EmbeddingVector.Dot(query, vector);
            if (similarity < minSimilarity)
            {
                continue;
            }

            // A min-heap of the best so far: the weakest leaves when a better one arrives.
            best.Enqueue(new EmbeddingMatch(row.ArticleId, similarity, vector), similarity);
            if (best.Count > limit)
            {
                best.Dequeue();
            }
        }

        foreach (var id in corrupt)
        {
            await connection.ExecuteAsync(new CommandDefinition(DeleteCorrupt, new { ArticleId = id, Model = model }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        var matches = new List<EmbeddingMatch>(best.Count);
        while (best.TryDequeue(out var match, out _))
        {
            matches.Add(match);
        }

        matches.Reverse();
        return matches;
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
        public byte[]? Vector { get; set; }
    }
}
