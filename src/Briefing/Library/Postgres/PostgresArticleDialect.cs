using System.Data.Common;
using Dapper;
using Npgsql;

namespace Briefing.Library.Postgres;

/// <summary>PostgreSQL articles: a generated tsvector (title weight A, body B), ts_rank_cd, ts_headline snippets.</summary>
internal sealed class PostgresArticleDialect : ArticleDialect
{
    private const string Insert = """
        INSERT INTO articles (url, title, authors, site_name, published_at, fetched_at, updated_at, language, content_hash, guild_id, origin, body)
        VALUES (@Url, @Title, @Authors, @SiteName, @PublishedAt, @FetchedAt, @UpdatedAt, @Language, @ContentHash, @GuildId, @Origin, @Body)
        RETURNING id
        """;
    private const string Update = """
        UPDATE articles SET url = @Url, title = @Title, authors = @Authors, site_name = @SiteName, published_at = @PublishedAt,
            updated_at = @UpdatedAt, language = @Language, content_hash = @ContentHash, origin = @Origin, body = @Body
        WHERE id = @Id
        """;
    private const string Paragraphs = """
        SELECT article_id AS ArticleId, position AS Position, text AS Text FROM article_paragraphs
        WHERE article_id = ANY(@Ids) ORDER BY article_id, position
        """;
    // Rank first, then build headlines for the page only: ts_headline re-parses the whole body.
    private const string Search = """
        SELECT ranked.id AS ArticleId, ranked.title AS Title, ranked.url AS Url,
               ts_headline('english', ranked.body, ranked.query,
                   'StartSel=**, StopSel=**, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS Snippet,
               ranked.score AS Score
        FROM (
            SELECT a.id, a.title, a.url, a.body, q.query, ts_rank_cd(a.search, q.query)::float8 AS score
            FROM articles a, to_tsquery('english', @Query) AS q(query)
            WHERE a.search @@ q.query AND (a.guild_id IS NULL OR a.guild_id = @GuildId)
            ORDER BY score DESC, a.id
            LIMIT @Limit
        ) AS ranked
        ORDER BY ranked.score DESC, ranked.id
        """;

    public override StorageProvider Provider => StorageProvider.Postgres;

    public override string InsertArticle => Insert;

    public override string UpdateArticle => Update;

    public override string SelectParagraphs => Paragraphs;

    // The tsvector is a generated column of the row itself, so writing the row indexes it.
    public override Task IndexAsync(DbConnection connection, DbTransaction transaction, long id, string title, string body, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override Task UnindexAsync(DbConnection connection, DbTransaction transaction, long id, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public override async Task<IReadOnlyList<SearchHit>> SearchAsync(DbConnection connection, IReadOnlyList<string> terms, bool requireAll, long? guildId, int limit, CancellationToken cancellationToken)
    {
        var hits = await connection.QueryAsync<SearchHitRecord>(new CommandDefinition(Search, new { Query = TsQuery(terms, requireAll), GuildId = guildId, Limit = limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return hits.Select(h => h.ToHit()).ToList();
    }

    /// <summary>
    /// Every term becomes a quoted lexeme ('term') joined by &amp; or |: terms hold only letters, marks and digits,
    /// so no quote, operator (!, |, &amp;, &lt;-&gt;, :*) or weight label can come from user text.
    /// </summary>
    internal static string TsQuery(IReadOnlyList<string> terms, bool requireAll) =>
        string.Join(requireAll ? " & " : " | ", terms.Select(term => "'" + term.Replace("'", "''", StringComparison.Ordinal) + "'"));
}
