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
    private const string InsertParagraph = "INSERT INTO article_paragraphs (article_id, position, text) VALUES (@ArticleId, @Position, @Text)";
    // Dapper expands @Ids into one parameter per id.
    private const string Paragraphs = """
        SELECT article_id AS ArticleId, position AS Position, text AS Text FROM article_paragraphs
        WHERE article_id IN @Ids ORDER BY article_id, position
        """;
    private const string Openings = """
        SELECT a.id AS ArticleId, a.title AS Title, a.url AS Url, coalesce(p.text, '') AS FirstParagraph
        FROM articles a LEFT JOIN article_paragraphs p ON p.article_id = a.id AND p.position = 1
        WHERE a.id IN @Ids
        """;
    // bm25 weights: title 10, body 1. bm25 is lower-is-better, so the score is its negation. The inner query ranks every match and keeps the page; snippet() is
    // computed for the page only, by a lookup of each kept row in the same MATCH (in one query SQLite computes
    // every output column of every matching row before sorting, so the snippets cost more than the ranking).
    private const string Search = $"""
        SELECT top.id AS ArticleId, top.title AS Title, top.url AS Url,
               (SELECT snippet(article_search, 1, '**', '**', '…', 24) FROM article_search
                WHERE article_search MATCH @Match AND article_search.rowid = top.id) AS Snippet,
               -top.rank AS Score
        FROM (
            SELECT a.id, a.title, a.url, r.rank
            FROM (SELECT rowid AS id, bm25(article_search, 10.0, 1.0) AS rank FROM article_search WHERE article_search MATCH @Match
                  ORDER BY rank, rowid LIMIT @Reach) AS r
            JOIN articles a ON a.id = r.id
            WHERE {ArticleVisibility.Condition}
            ORDER BY r.rank, a.id
            LIMIT @Limit
        ) AS top
        ORDER BY top.rank, top.id
        """;

    // Reads the word's index entry without ranking: about 0.1 ms per 2,000 articles holding it.
    private const string CountWith = "SELECT count(*) FROM article_search WHERE article_search MATCH @Match";

    // How many of the best-ranked matches per result the scope check looks at first.
    private const int ReachFactor = 4;
    private const int MinReach = 40;

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override string InsertArticle => Insert;

    public override string UpdateArticle => Update;

    public override string SelectOpenings => Openings;

    public override string SelectParagraphs => Paragraphs;

    // In process, a statement per paragraph costs no round trip.
    public override Task InsertParagraphsAsync(DbConnection connection, DbTransaction transaction, long articleId, IReadOnlyList<string> paragraphs, CancellationToken cancellationToken)
    {
        var rows = paragraphs.Select((text, index) => new ParagraphRecord { ArticleId = articleId, Position = index + 1, Text = text });
        return connection.ExecuteAsync(new CommandDefinition(InsertParagraph, rows, transaction, cancellationToken: cancellationToken));
    }

    public override Task IndexAsync(DbConnection connection, DbTransaction transaction, long id, string title, string body, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(Reindex, new { Id = id, Title = title, Body = body }, transaction, cancellationToken: cancellationToken));

    public override Task UnindexAsync(DbConnection connection, DbTransaction transaction, long id, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(Unindex, new { Id = id }, transaction, cancellationToken: cancellationToken));

    // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555) are the extended codes of error 19.
    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteExtendedErrorCode: 2067 or 1555 };

    public override async Task<IReadOnlyList<long>> CountArticlesWithAsync(DbConnection connection, IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        var counts = new List<long>(terms.Count);
        foreach (var term in terms)
        {
            var match = MatchExpression(SearchMatch.AllOf([term]));
            counts.Add(await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountWith, new { Match = match }, cancellationToken: cancellationToken)).ConfigureAwait(false));
        }

        return counts;
    }

    public override async Task<IReadOnlyList<SearchHit>> SearchAsync(DbConnection connection, SearchMatch match, ArticleScope scope, int limit, CancellationToken cancellationToken)
    {
        // The scope check reads each candidate's article row; in a large library those reads, not the ranking, were
        // most of a search. So the best few matches by rank are checked first: when enough of them are visible they
        // are exactly the page (every match left out ranks below all of them); otherwise every match is checked.
        var hits = await SearchWithinAsync(connection, match, scope, limit, Math.Max(limit * ReachFactor, MinReach), cancellationToken).ConfigureAwait(false);
        return hits.Count < limit
            ? await SearchWithinAsync(connection, match, scope, limit, reach: -1, cancellationToken).ConfigureAwait(false)
            : hits;
    }

    // reach -1 is SQLite's "no limit".
    private static async Task<IReadOnlyList<SearchHit>> SearchWithinAsync(DbConnection connection, SearchMatch match, ArticleScope scope, int limit, int reach, CancellationToken cancellationToken)
    {
        var (guildId, ownerUserId, guildScope, ownerScope) = ArticleVisibility.Parameters(scope);
        var parameters = new { Match = MatchExpression(match), GuildId = guildId, OwnerUserId = ownerUserId, GuildScope = guildScope, OwnerScope = ownerScope, Limit = limit, Reach = reach };
        var hits = await connection.QueryAsync<SearchHitRecord>(new CommandDefinition(Search, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return hits.Select(h => h.ToHit()).ToList();
    }

    /// <summary>
    /// Every term becomes an FTS5 string ("term"): inside double quotes NEAR, AND, OR, NOT, *, ^, - and column
    /// filters are plain text. Terms hold only letters, marks and digits, so no quote can close the string early.
    /// Groups are joined by OR, their words by AND.
    /// </summary>
    internal static string MatchExpression(SearchMatch match) =>
        string.Join(" OR ", match.Groups.Select(group => "(" + string.Join(" AND ", group.Select(Quote)) + ")"));

    private static string Quote(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
