using System.Data.Common;
using Briefing.Articles;
using Dapper;

namespace Briefing.Library;

/// <summary>
/// The article library on either engine: dedupe by canonical URL or content hash within what the scope can
/// see, one transaction per save, paragraphs in their own table, search through the provider's index.
/// </summary>
internal sealed class ArticleStore : IArticleStore
{
    private const string Columns = """
        id AS Id, url AS Url, title AS Title, authors AS Authors, site_name AS SiteName, published_at AS PublishedAt,
        fetched_at AS FetchedAt, updated_at AS UpdatedAt, language AS Language, content_hash AS ContentHash,
        guild_id AS GuildId, origin AS Origin
        """;
    // Candidates for dedupe: the draft's own scope and the global library, which every guild already sees.
    private const string FindExisting = $"""
        SELECT {Columns} FROM articles
        WHERE (url = @Url OR content_hash = @ContentHash) AND (guild_id IS NULL OR guild_id = @GuildId)
        """;
    private const string DeleteParagraphs = "DELETE FROM article_paragraphs WHERE article_id = @Id";
    private const string InsertParagraph = "INSERT INTO article_paragraphs (article_id, position, text) VALUES (@ArticleId, @Position, @Text)";
    private const string SelectById = $"SELECT {Columns} FROM articles WHERE id = @Id";
    private const string SelectNewest = $"""
        SELECT {Columns} FROM articles WHERE guild_id IS NULL OR guild_id = @GuildId
        ORDER BY fetched_at DESC, id DESC LIMIT @Limit
        """;
    private const string SelectFetchedSince = $"""
        SELECT {Columns} FROM articles WHERE (guild_id IS NULL OR guild_id = @GuildId) AND fetched_at >= @Since
        ORDER BY fetched_at, id
        """;
    private const string DeleteOwned = "DELETE FROM articles WHERE id = @Id AND coalesce(guild_id, 0) = @Scope";
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

    private async Task<ArticleSaveResult> SaveOnceAsync(ArticleRecord record, IReadOnlyList<string> paragraphs, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var candidates = (await connection.QueryAsync<ArticleRecord>(new CommandDefinition(FindExisting, record, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
        // Prefer the draft's own scope over the global copy when both match.
        var byUrl = candidates.Where(c => c.Url == record.Url).OrderBy(c => c.GuildId == record.GuildId ? 0 : 1).FirstOrDefault();
        var byHash = candidates.Where(c => c.ContentHash == record.ContentHash).OrderBy(c => c.GuildId == record.GuildId ? 0 : 1).FirstOrDefault();
        ArticleSaveResult result;
        if (byHash is not null)
        {
            // The same text is already in the library (at this URL or another one): nothing to write.
            result = new ArticleSaveResult(byHash.Id, ArticleSaveOutcome.Unchanged);
        }
        else if (byUrl is not null)
        {
            record.Id = byUrl.Id;
            await connection.ExecuteAsync(new CommandDefinition(_dialect.UpdateArticle, record, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await WriteParagraphsAsync(connection, transaction, record, paragraphs, cancellationToken).ConfigureAwait(false);
            result = new ArticleSaveResult(record.Id, ArticleSaveOutcome.Updated);
        }
        else
        {
            record.Id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(_dialect.InsertArticle, record, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await WriteParagraphsAsync(connection, transaction, record, paragraphs, cancellationToken).ConfigureAwait(false);
            result = new ArticleSaveResult(record.Id, ArticleSaveOutcome.Inserted);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    public async Task<Article?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ArticleRecord>(new CommandDefinition(SelectById, new { Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var articles = await WithParagraphsAsync(connection, rows.AsList(), cancellationToken).ConfigureAwait(false);
        return articles.Count == 0 ? null : articles[0];
    }

    public async Task<IReadOnlyList<Article>> ListAsync(ulong? guildId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ArticleRecord>(new CommandDefinition(SelectNewest, new { GuildId = DbValues.Id(guildId), Limit = Math.Max(0, limit) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return await WithParagraphsAsync(connection, rows.AsList(), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Article>> ListFetchedSinceAsync(ulong? guildId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var parameters = new { GuildId = DbValues.Id(guildId), Since = DbValues.Time(_connections.Provider, since) };
        var rows = await connection.QueryAsync<ArticleRecord>(new CommandDefinition(SelectFetchedSince, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return await WithParagraphsAsync(connection, rows.AsList(), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, ulong? guildId, int limit, CancellationToken cancellationToken)
    {
        var terms = SearchTerms.Extract(query);
        if (terms.Count == 0 || limit <= 0)
        {
            return [];
        }

        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var hits = await _dialect.SearchAsync(connection, terms, requireAll: true, DbValues.Id(guildId), limit, cancellationToken).ConfigureAwait(false);
        if (hits.Count == 0 && terms.Count > 1)
        {
            hits = await _dialect.SearchAsync(connection, terms, requireAll: false, DbValues.Id(guildId), limit, cancellationToken).ConfigureAwait(false);
        }

        return hits;
    }

    public async Task<bool> RemoveAsync(long id, ulong? guildId, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var removed = await connection.ExecuteAsync(new CommandDefinition(DeleteOwned, new { Id = id, Scope = DbValues.Id(guildId) ?? 0 }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
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

    private async Task WriteParagraphsAsync(DbConnection connection, DbTransaction transaction, ArticleRecord record, IReadOnlyList<string> paragraphs, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(DeleteParagraphs, new { record.Id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var rows = paragraphs.Select((text, index) => new ParagraphRecord { ArticleId = record.Id, Position = index + 1, Text = text });
        await connection.ExecuteAsync(new CommandDefinition(InsertParagraph, rows, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
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
}
