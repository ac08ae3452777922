using System.Data.Common;
using Briefing.Articles;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Briefing.Storage.Sqlite;

/// <summary>SQLite articles: an FTS5 table (porter, unicode61) kept in step by the store, ranked with bm25.</summary>
internal sealed class SqliteArticleDialect : ArticleDialect
{
    private const string Insert = """
        INSERT INTO articles (url, title, authors, site_name, published_at, fetched_at, updated_at, language, content_hash, guild_id, owner_user_id, in_digest, origin)
        VALUES (@Url, @Title, @Authors, @SiteName, @PublishedAt, @FetchedAt, @UpdatedAt, @Language, @ContentHash, @GuildId, @OwnerUserId, @InDigest, @Origin)
        RETURNING id
        """;
    private const string Update = """
        UPDATE articles SET url = @Url, title = @Title, authors = @Authors, site_name = @SiteName, published_at = @PublishedAt,
            updated_at = @UpdatedAt, language = @Language, content_hash = @ContentHash, origin = @Origin
        WHERE id = @Id
        """;
    private const string Reindex = """
        DELETE FROM article_search WHERE rowid = @Id;
        INSERT INTO article_search (rowid, title, body) VALUES (@Id, @Title, @Body);
        """;
    private const string Unindex = "DELETE FROM article_search WHERE rowid = @Id";
    // Dapper expands @Ids into one parameter per id.
    private const string Paragraphs = """
        SELECT article_id AS ArticleId, position AS Position, text AS Text FROM article_paragraphs
        WHERE article_id IN @Ids ORDER BY article_id, position
        """;
    // bm25 weights: title 10, body 1. bm25 is lower-is-better, so the score is its negation.
    private const string Search = $"""
        SELECT a.id AS ArticleId, a.title AS Title, a.url AS Url,
               snippet(article_search, 1, '**', '**', '…', 24) AS Snippet,
               -bm25(article_search, 10.0, 1.0) AS Score
        FROM article_search
        JOIN articles a ON a.id = article_search.rowid
        WHERE article_search MATCH @Match AND {ArticleVisibility.Condition}
        ORDER BY bm25(article_search, 10.0, 1.0), a.id
        LIMIT @Limit
        """;

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override string InsertArticle => Insert;

    public override string UpdateArticle => Update;

    public override string SelectParagraphs => Paragraphs;

    public override Task IndexAsync(DbConnection connection, DbTransaction transaction, long id, string title, string body, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(Reindex, new { Id = id, Title = title, Body = body }, transaction, cancellationToken: cancellationToken));

    public override Task UnindexAsync(DbConnection connection, DbTransaction transaction, long id, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(Unindex, new { Id = id }, transaction, cancellationToken: cancellationToken));

    // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555) are the extended codes of error 19.
    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteExtendedErrorCode: 2067 or 1555 };

    public override async Task<IReadOnlyList<SearchHit>> SearchAsync(DbConnection connection, IReadOnlyList<string> terms, bool requireAll, ArticleScope scope, int limit, CancellationToken cancellationToken)
    {
        var (guildId, ownerUserId, guildScope, ownerScope) = ArticleVisibility.Parameters(scope);
        var parameters = new { Match = MatchExpression(terms, requireAll), GuildId = guildId, OwnerUserId = ownerUserId, GuildScope = guildScope, OwnerScope = ownerScope, Limit = limit };
        var hits = await connection.QueryAsync<SearchHitRecord>(new CommandDefinition(Search, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return hits.Select(h => h.ToHit()).ToList();
    }

    /// <summary>
    /// Every term becomes an FTS5 string ("term"): inside double quotes NEAR, AND, OR, NOT, *, ^, - and column
    /// filters are plain text. Terms hold only letters, marks and digits, so no quote can close the string early.
    /// </summary>
    internal static string MatchExpression(IReadOnlyList<string> terms, bool requireAll) =>
        string.Join(requireAll ? " AND " : " OR ", terms.Select(term => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
}
