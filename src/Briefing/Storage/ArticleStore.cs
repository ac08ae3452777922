using System.Data.Common;
using Briefing.Articles;
using Dapper;

namespace Briefing.Storage;

/// <summary>
/// The article library on either engine: dedupe by canonical URL or content hash within what the scope can
/// see, one transaction per save, paragraphs in their own table, search through the provider's index.
/// </summary>
internal sealed class ArticleStore : IArticleStore
{
    private const string Columns = """
        id AS Id, url AS Url, title AS Title, authors AS Authors, site_name AS SiteName, published_at AS PublishedAt,
        fetched_at AS FetchedAt, updated_at AS UpdatedAt, language AS Language, content_hash AS ContentHash,
        guild_id AS GuildId, owner_user_id AS OwnerUserId, in_digest AS InDigest, origin AS Origin
        """;
    // Candidates for dedupe: the draft's own scope and the global library, which every scope already sees. Four
    // lookups, each a probe of a unique (scope, url) or (scope, hash) index: written as one condition with ORs,
    // both engines scanned the whole table on every save, and ingest slowed as the library grew (SQLite 3.40
    // EXPLAIN QUERY PLAN: SCAN articles). The global scope is (0, 0) in those indexes; ids are never 0.
    private const string FindExisting = $"""
        SELECT {Columns} FROM articles WHERE coalesce(guild_id, 0) = @GuildScope AND coalesce(owner_user_id, 0) = @OwnerScope AND url = @Url
        UNION
        SELECT {Columns} FROM articles WHERE coalesce(guild_id, 0) = @GuildScope AND coalesce(owner_user_id, 0) = @OwnerScope AND content_hash = @ContentHash
        UNION
        SELECT {Columns} FROM articles WHERE coalesce(guild_id, 0) = 0 AND coalesce(owner_user_id, 0) = 0 AND url = @Url
        UNION
        SELECT {Columns} FROM articles WHERE coalesce(guild_id, 0) = 0 AND coalesce(owner_user_id, 0) = 0 AND content_hash = @ContentHash
        """;
    // Someone who may add to the digest saved a held article again: it enters the digest as of now, as if just fetched.
    private const string AdmitToDigest = "UPDATE articles SET in_digest = @InDigest, fetched_at = @FetchedAt WHERE id = @Id";
    // The same text arrived under another URL: remember which article it repeats, so /digest explain can name it.
    private const string NoteDuplicate = """
        INSERT INTO article_duplicates (guild_scope, owner_scope, url, article_id, seen_at) VALUES (@GuildScope, @OwnerScope, @Url, @ArticleId, @SeenAt)
        ON CONFLICT (guild_scope, owner_scope, url) DO UPDATE SET article_id = excluded.article_id, seen_at = excluded.seen_at
        """;
    private const string DeleteParagraphs = "DELETE FROM article_paragraphs WHERE article_id = @Id";
    private const string SelectById = $"SELECT {Columns} FROM articles WHERE id = @Id";
    private const string SelectNewest = $"""
        SELECT {Columns} FROM articles a WHERE {ArticleVisibility.Condition}
        ORDER BY fetched_at DESC, id DESC LIMIT @Limit
        """;
    // Digests only: articles held out of the digest stay out.
    private const string SelectFetchedSince = $"""
        SELECT {Columns} FROM articles a WHERE {ArticleVisibility.Condition} AND a.in_digest AND fetched_at >= @Since
        ORDER BY fetched_at, id
        """;
    private const string DeleteOwned = "DELETE FROM articles WHERE id = @Id AND coalesce(guild_id, 0) = @Scope AND coalesce(owner_user_id, 0) = @Owner";
    private const string CountAll = "SELECT COUNT(*) FROM articles";

    private readonly IDbConnectionFactory _connections;
    private readonly ArticleDialect _dialect;
    private readonly TimeProvider _time;

    public ArticleStore(IDbConnectionFactory connections, ArticleDialect dialect, TimeProvider time)
    {
        _connections = connections;
        _dialect = dialect;
        _time = time;
    }

    public async Task<ArticleSaveResult> SaveAsync(ArticleDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var paragraphs = ArticleText.NormalizeParagraphs(draft.Paragraphs ?? []);
        var record = ArticleRecord.FromDraft(draft, paragraphs, DbValues.Time(_connections.Provider, _time.GetUtcNow()), _connections.Provider);
        try
        {
            return await SaveOnceAsync(record, paragraphs, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException ex) when (_dialect.IsUniqueViolation(ex))
        {
            // Another instance stored the same URL or text between this save's read and its write
            // (PostgreSQL; SQLite serialises writers). The retry finds that article and dedupes against it.
            return await SaveOnceAsync(record, paragraphs, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<ArticleSaveResult>> SaveManyAsync(IReadOnlyList<ArticleDraft> drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var now = DbValues.Time(_connections.Provider, _time.GetUtcNow());
        var prepared = drafts.Select(draft =>
        {
            ArgumentNullException.ThrowIfNull(draft);
            var paragraphs = ArticleText.NormalizeParagraphs(draft.Paragraphs ?? []);
            return (Record: ArticleRecord.FromDraft(draft, paragraphs, now, _connections.Provider), Paragraphs: paragraphs);
        }).ToList();
        if (prepared.Count == 0)
        {
            return [];
        }

        try
        {
            await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var results = new List<ArticleSaveResult>(prepared.Count);
            foreach (var (record, paragraphs) in prepared)
            {
                results.Add(await SaveInAsync(connection, transaction, record, paragraphs, cancellationToken).ConfigureAwait(false));
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            await _dialect.AfterBatchAsync(connection, cancellationToken).ConfigureAwait(false);
            return results;
        }
        catch (DbException ex) when (_dialect.IsUniqueViolation(ex))
        {
            // Another instance stored one of these between a read and a write, and the batch rolled back: one at a
            // time instead, each with its own retry.
            var results = new List<ArticleSaveResult>(drafts.Count);
            foreach (var draft in drafts)
            {
                results.Add(await SaveAsync(draft, cancellationToken).ConfigureAwait(false));
            }

            return results;
        }
    }

    private async Task<ArticleSaveResult> SaveOnceAsync(ArticleRecord record, IReadOnlyList<string> paragraphs, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await SaveInAsync(connection, transaction, record, paragraphs, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    private async Task<ArticleSaveResult> SaveInAsync(DbConnection connection, DbTransaction transaction, ArticleRecord record, IReadOnlyList<string> paragraphs, CancellationToken cancellationToken)
    {
        var candidates = (await connection.QueryAsync<ArticleRecord>(new CommandDefinition(FindExisting, record, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
        // Prefer the draft's own scope over the global copy when both match.
        var byHash = candidates.Where(c => c.ContentHash == record.ContentHash).OrderBy(c => c.SameScope(record) ? 0 : 1).FirstOrDefault();
        // Only the draft's own scope is rewritten: a guild (or a user) re-adding a changed global article gets its own
        // copy, and the global one stays as it was for everyone else.
        var byUrl = candidates.FirstOrDefault(c => c.Url == record.Url && c.SameScope(record));
        ArticleSaveResult result;
        if (byHash is not null)
        {
            // The same text is already in the library (at this URL or another one): nothing to write, unless a held
            // article of this scope is now being added by someone who may put it in the digest.
            var admit = byHash.SameScope(record) && record.InDigest && !byHash.InDigest;
            if (admit)
            {
                await AdmitAsync(connection, transaction, byHash.Id, record.FetchedAt, cancellationToken).ConfigureAwait(false);
            }

            if (byHash.Url != record.Url)
            {
                var duplicate = new { record.GuildScope, record.OwnerScope, record.Url, ArticleId = byHash.Id, SeenAt = record.FetchedAt };
                await connection.ExecuteAsync(new CommandDefinition(NoteDuplicate, duplicate, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }

            result = new ArticleSaveResult(byHash.Id, admit ? ArticleSaveOutcome.Updated : ArticleSaveOutcome.Unchanged);
        }
        else if (byUrl is not null)
        {
            record.Id = byUrl.Id;
            await connection.ExecuteAsync(new CommandDefinition(_dialect.UpdateArticle, record, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await WriteParagraphsAsync(connection, transaction, record, paragraphs, replacing: true, cancellationToken).ConfigureAwait(false);
            if (record.InDigest && !byUrl.InDigest)
            {
                await AdmitAsync(connection, transaction, byUrl.Id, record.FetchedAt, cancellationToken).ConfigureAwait(false);
            }

            result = new ArticleSaveResult(record.Id, ArticleSaveOutcome.Updated);
        }
        else
        {
            record.Id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(_dialect.InsertArticle, record, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await WriteParagraphsAsync(connection, transaction, record, paragraphs, replacing: false, cancellationToken).ConfigureAwait(false);
            result = new ArticleSaveResult(record.Id, ArticleSaveOutcome.Inserted);
        }

        return result;
    }

    private static Task AdmitAsync(DbConnection connection, DbTransaction transaction, long id, object now, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(AdmitToDigest, new { Id = id, InDigest = true, FetchedAt = now }, transaction, cancellationToken: cancellationToken));

    public async Task<Article?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ArticleRecord>(new CommandDefinition(SelectById, new { Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var articles = await WithParagraphsAsync(connection, rows.AsList(), cancellationToken).ConfigureAwait(false);
        return articles.Count == 0 ? null : articles[0];
    }

    public async Task<IReadOnlyList<ArticleOpening>> GetOpeningsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<OpeningRow>(new CommandDefinition(_dialect.SelectOpenings, new { Ids = ids.ToArray() }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new ArticleOpening(r.ArticleId, r.Title, r.Url, r.FirstParagraph)).ToList();
    }

    public async Task<IReadOnlyList<Article>> ListAsync(ArticleScope scope, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var (guildId, ownerUserId, guildScope, ownerScope) = ArticleVisibility.Parameters(scope);
        var parameters = new { GuildId = guildId, OwnerUserId = ownerUserId, GuildScope = guildScope, OwnerScope = ownerScope, Limit = Math.Max(0, limit) };
        var rows = await connection.QueryAsync<ArticleRecord>(new CommandDefinition(SelectNewest, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return await WithParagraphsAsync(connection, rows.AsList(), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Article>> ListFetchedSinceAsync(ArticleScope scope, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var (guildId, ownerUserId, guildScope, ownerScope) = ArticleVisibility.Parameters(scope);
        var parameters = new { GuildId = guildId, OwnerUserId = ownerUserId, GuildScope = guildScope, OwnerScope = ownerScope, Since = DbValues.Time(_connections.Provider, since) };
        var rows = await connection.QueryAsync<ArticleRecord>(new CommandDefinition(SelectFetchedSince, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return await WithParagraphsAsync(connection, rows.AsList(), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, ArticleScope scope, int limit, CancellationToken cancellationToken)
    {
        var terms = SearchTerms.Extract(query);
        if (terms.Count == 0 || limit <= 0)
        {
            return [];
        }

        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var hits = await _dialect.SearchAsync(connection, SearchMatch.AllOf(terms), scope, limit, cancellationToken).ConfigureAwait(false);
        if (hits.Count > 0)
        {
            return hits;
        }

        return await SearchFallback.SearchAsync(_dialect, connection, terms, scope, limit, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> RemoveAsync(long id, ArticleScope scope, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var removed = await connection.ExecuteAsync(new CommandDefinition(DeleteOwned, new { Id = id, Scope = DbValues.Id(scope.GuildId) ?? 0, Owner = DbValues.Id(scope.OwnerUserId) ?? 0 }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (removed > 0)
        {
            await _dialect.UnindexAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return removed > 0;
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(CountAll, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    // A new article has no paragraphs to delete.
    private async Task WriteParagraphsAsync(DbConnection connection, DbTransaction transaction, ArticleRecord record, IReadOnlyList<string> paragraphs, bool replacing, CancellationToken cancellationToken)
    {
        if (replacing)
        {
            await connection.ExecuteAsync(new CommandDefinition(DeleteParagraphs, new { record.Id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        await _dialect.InsertParagraphsAsync(connection, transaction, record.Id, paragraphs, cancellationToken).ConfigureAwait(false);
        await _dialect.IndexAsync(connection, transaction, record.Id, record.Title, record.Body, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<Article>> WithParagraphsAsync(DbConnection connection, List<ArticleRecord> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var paragraphs = (await connection.QueryAsync<ParagraphRecord>(new CommandDefinition(_dialect.SelectParagraphs, new { Ids = rows.Select(r => r.Id).ToArray() }, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .GroupBy(p => p.ArticleId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Text).ToList());
        return rows.Select(row => row.ToArticle(paragraphs.GetValueOrDefault(row.Id, []))).ToList();
    }

    private sealed class OpeningRow
    {
        public long ArticleId { get; set; }
        public string Title { get; set; } = "";
        public string Url { get; set; } = "";
        public string FirstParagraph { get; set; } = "";
    }
}
