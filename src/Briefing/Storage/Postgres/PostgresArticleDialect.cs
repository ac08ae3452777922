using System.Data.Common;
using Briefing.Articles;
using Dapper;
using Npgsql;

namespace Briefing.Storage.Postgres;

/// <summary>PostgreSQL articles: a generated tsvector (title weight A, body B), ts_rank_cd, ts_headline snippets.</summary>
internal sealed class PostgresArticleDialect : ArticleDialect
{
    private const string Insert = """
        INSERT INTO articles (url, title, authors, site_name, published_at, fetched_at, updated_at, language, content_hash, guild_id, owner_user_id, in_digest, origin, body)
        VALUES (@Url, @Title, @Authors, @SiteName, @PublishedAt, @FetchedAt, @UpdatedAt, @Language, @ContentHash, @GuildId, @OwnerUserId, @InDigest, @Origin, @Body)
        RETURNING id
        """;
    private const string Update = """
        UPDATE articles SET url = @Url, title = @Title, authors = @Authors, site_name = @SiteName, published_at = @PublishedAt,
            updated_at = @UpdatedAt, language = @Language, content_hash = @ContentHash, origin = @Origin, body = @Body
        WHERE id = @Id
        """;
    // One statement for all of an article's paragraphs: a statement per paragraph was a round trip each.
    private const string InsertParagraphs = """
        INSERT INTO article_paragraphs (article_id, position, text)
        SELECT @ArticleId, p.position, p.text FROM unnest(@Texts::text[]) WITH ORDINALITY AS p(text, position)
        """;
    // Merges the GIN pending lists (0007_search_index_pending_list.sql, 0011_search_count_sample.sql) into the index
    // trees in one bulk pass, so that searches after a batch do not read the batch's entries linearly.
    private const string MergePendingEntries = "SELECT gin_clean_pending_list('ix_articles_search'::regclass) + gin_clean_pending_list('ix_articles_search_sample'::regclass)";
    private const string Paragraphs = """
        SELECT article_id AS ArticleId, position AS Position, text AS Text FROM article_paragraphs
        WHERE article_id = ANY(@Ids) ORDER BY article_id, position
        """;
    private const string Openings = """
        SELECT a.id AS ArticleId, a.title AS Title, a.url AS Url, coalesce(p.text, '') AS FirstParagraph
        FROM articles a LEFT JOIN article_paragraphs p ON p.article_id = a.id AND p.position = 1
        WHERE a.id = ANY(@Ids)
        """;
    // The planner prices a sequential scan without the cost of detoasting every ~6 KB vector it tests, so for
    // queries of several words it picked one (EXPLAIN ANALYZE: 10.8 ms seq scan against 2.5 ms bitmap scan over
    // the GIN index). No parallel plan either: the search's Append must hand on its parts in order. And a generic plan
    // for these prepared statements (PreparedQuery), planned once per connection: its estimates lack the query's
    // words, but the index and the plan's shape are fixed by the above, and at 100,000 articles it ran as fast as a
    // plan for the words (5.2 against 5.1 ms for three words, 1.2 against 1.15 ms for a search with no match), while
    // planning for the words cost 0.45 ms each time. Scoped to this one command: set_config(..., true) lasts until
    // the end of the transaction, which for a command outside one is the command itself (PreparedQuery). Its one row
    // of settings is the command's first result.
    private const string PreferIndex = "SELECT set_config('enable_seqscan', 'off', true), set_config('max_parallel_workers_per_gather', '0', true), set_config('plan_cache_mode', 'force_generic_plan', true);\n";
    // The GIN index finds every match. Each is ranked by ts_rank on its small title-and-lead vector
    // (0009_search_lead_rank.sql, kept in the row; ts_rank_cd cost 3x as much per call there), and only the best
    // Candidates of those by ts_rank_cd on the full vector, which is read out of line (~6 KB, 4 buffers a match;
    // the sort carries it as a pointer). With no more matches than Candidates the order is exactly the full ranking.
    // The candidates come in two parts, so that most matches' rows are never read (they were most of a search: a heap
    // page each, 1,960 buffers of 2,463 for three words at 100,000 articles). First the matches whose lead holds one
    // of the words (@AnyQuery: the rank query's words), found by one scan of the full-text index, which holds the
    // lead as its second column (0010_search_index_with_lead.sql), ordered by the lead rank: 593 buffers in all for
    // those three words. Then, only while those are fewer than Candidates, the other matches, whose lead rank is the
    // floor (0, or 1e-20 for all words, which a lead holding only one of them gets as well), in the table's order, so
    // that the scan stops at the page that fills the candidates instead of reading and sorting every match (a fallback
    // step whose words are in no lead: 150 heap pages instead of 1,429). Before, ties at the floor went by id, which
    // is the table's order for a library that only grows. The Append hands on its parts in order (no parallel plan:
    // PreferIndex), and OFFSET 0 keeps the look for the scope's own copy of a global article above it, so that it runs
    // for the candidates only (the guild scope probed the unique index for every global match).
    // Then build headlines for the page only, each from one paragraph: ts_headline parses every word it is given
    // (~0.08 µs a character: 0.2 ms for the ~2,500 characters of a match and its neighbours, most of the snippets'
    // 2.2 ms a page at 100,000 articles), and a snippet shows at most two fragments of MaxWords. The paragraph is the
    // one that best shows the match, found through the paragraphs' stored vectors: one holding every word of the query
    // if there is one, else the one ranked best by the query's words (ts_rank counts a word again at a falling weight,
    // so more of the words beat one word repeated), the earliest on a tie. Its words are highlighted by the query
    // itself where it holds all of them (the fragment then shows the words together); else by any of its words, since
    // an all-words query would find no passage in it to highlight. When no paragraph holds a query word (a title-only
    // match) ts_headline shows the body's first words, which lie in its first 1,000 characters.
    private const string SearchOver = $"""
        SELECT a.id AS ArticleId, a.title AS Title, a.url AS Url,
               ts_headline('english', coalesce(best.text, left(a.body, 1000)), CASE WHEN best.whole THEN r.query ELSE any_word.query END,
                   'StartSel=**, StopSel=**, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS Snippet,
               r.score AS Score
        FROM (
            SELECT c.id, c.query, ts_rank_cd(c.search, c.rank_query)::float8 AS score
            FROM (%Candidates%) AS c
            ORDER BY score DESC, c.id
            LIMIT @Limit
        ) AS r
        JOIN articles a ON a.id = r.id
        CROSS JOIN %AnyQuery% AS any_word(query)
        LEFT JOIN LATERAL (
            SELECT p.text, p.search @@ r.query AS whole
            FROM article_paragraphs p
            WHERE p.article_id = a.id AND p.search @@ any_word.query
            ORDER BY whole DESC, ts_rank(p.search, any_word.query) DESC, p.position
            LIMIT 1
        ) AS best ON true
        ORDER BY r.score DESC, r.id
        """;

    // SearchOver's queries and candidates are placeholders: constants for one search, or the chosen step's (SearchSteps).
    // PreferIndex is prefixed once here: concatenated per call, the ~4 KB text cost 7 KB of allocation a search.
    private static readonly string Search = PreferIndex + Over(
        SearchOver.Replace("%Candidates%", $"SELECT a.id, a.search, a.query, a.rank_query FROM ({TwoParts}) AS a WHERE {ArticleVisibility.NotShadowed} LIMIT @Candidates", StringComparison.Ordinal),
        "to_tsquery('english', @Query)", "to_tsquery('english', @RankQuery)", "to_tsquery('english', @AnyQuery)");

    // A fallback's combination steps in one statement: the search of the first step (in the arrays' order) that finds
    // an article the scope may read, and which step that was. The candidates of every step are taken in step order
    // (the function scan hands on the steps in order, and the nested loop runs each step's two parts in turn) until
    // Candidates are taken; those of the first step are the same as that step's own search would take, and the rest
    // are left out. So a step with no match costs its index probe ("orchard & lighthouse": 0.4 ms at 100,000
    // articles) instead of a statement of its own (1.4 ms of planning and execution, and its round trips), and the step
    // that matches is scanned once. Later steps are read only while the first has fewer than Candidates matches; the
    // any-word step, whose matches can be most of the library, is not passed here.
    private static readonly string SearchSteps = PreferIndex + $"""
        WITH candidates AS MATERIALIZED (
            SELECT a.id, a.search, a.query, a.rank_query, s.position
            FROM unnest(@Queries::text[], @RankQueries::text[], @AnyQueries::text[]) WITH ORDINALITY AS s(query, rank_query, any_query, position)
            CROSS JOIN LATERAL ({Over(TwoParts, "to_tsquery('english', s.query)", "to_tsquery('english', s.rank_query)", "to_tsquery('english', s.any_query)")}) AS a
            WHERE {ArticleVisibility.NotShadowed}
            LIMIT @Candidates
        ), step AS MATERIALIZED (
            SELECT s.position, to_tsquery('english', s.any_query) AS any_query
            FROM unnest(@AnyQueries::text[]) WITH ORDINALITY AS s(any_query, position)
            WHERE s.position = (SELECT min(position) FROM candidates)
        )
        SELECT found.*, (SELECT position FROM step) - 1 AS Step FROM (
        {Over(SearchOver.Replace("%Candidates%", "SELECT id, search, query, rank_query FROM candidates WHERE position = (SELECT position FROM step)", StringComparison.Ordinal),
            "", "", "(SELECT any_query FROM step)")}
        ) AS found
        ORDER BY found.score DESC, found.articleid
        """;

    // The candidates in two parts: the matches whose lead holds a query word, best lead first; then the others in the
    // table's order (see SearchOver).
    private const string TwoParts = $"""
        ({Matches} AND a.search_lead @@ lead.query ORDER BY ts_rank(a.search_lead, rank.query) DESC, a.id)
        UNION ALL
        ({Matches} AND NOT a.search_lead @@ lead.query)
        OFFSET 0
        """;

    private const string Matches = $"""
        SELECT a.id, a.url, a.guild_id, a.owner_user_id, a.search, q.query, rank.query AS rank_query
        FROM articles a, %Query% AS q(query), %RankQuery% AS rank(query), %AnyQuery% AS lead(query)
        WHERE a.search @@ q.query AND {ArticleVisibility.InScope}
        """;

    // Counting every holder of a common word visits thousands of rows (a heap page each), so the count stops at
    // CountCap: 3,018 buffers for three words with a cap of 1,000 at 100,000 articles, 725 with 200. Past the cap the
    // order among words comes from ANALYZE's statistics (CommonLexemes, read apart and kept a while): the estimated
    // holders of each of the column's most common lexemes, which holds the common words of a real library; so the
    // count also returns each word's lexeme. A word outside that list that reaches the cap counts as the cap. The GIN
    // index finds the holders (enable_seqscan off: with a LIMIT the planner otherwise prefers a scan that stops early),
    // but builds the bitmap of all of them before the first, ~2 ms for a word in 8,000 articles. So the holders in a
    // fixed sixteenth of the library are counted first, through an index of only those (0011_search_count_sample.sql):
    // a word with SampleCap of them there holds about 400, past the cap, and counts as the cap without the full bitmap.
    // The margin (twice the cap's sixteenth) leaves a word just under the cap about one chance in 800 (Poisson) to
    // reach it, far less for rarer words; those, and every absent word, get their exact count. The sample's condition (hashint8(id) & 15 = 0, 15 being SampleShare - 1) must stay
    // the index's own, word for word, for the planner to use that index.
    private const int CountCap = 200;
    private const int SampleShare = 16;
    private const int SampleCap = 2 * CountCap / SampleShare;
    private const string CountWith = """
        SELECT h.holders AS Holders, CASE WHEN h.holders >= @Cap THEN (tsvector_to_array(to_tsvector('english', t.term)))[1] END AS Lexeme
        FROM unnest(@Queries::text[], @Terms::text[]) WITH ORDINALITY AS t(query, term, position)
        CROSS JOIN LATERAL (
            SELECT count(*) AS holders FROM (
                SELECT 1 FROM articles a WHERE hashint8(a.id) & 15 = 0 AND a.search @@ to_tsquery('english', t.query) LIMIT @SampleCap) AS x
        ) AS sample
        CROSS JOIN LATERAL (
            SELECT CASE WHEN sample.holders >= @SampleCap THEN @Cap ELSE (
                SELECT count(*) FROM (SELECT 1 FROM articles a WHERE a.search @@ to_tsquery('english', t.query) LIMIT @Cap) AS y) END AS holders
        ) AS h
        ORDER BY t.position
        """;

    // PreferIndex prefixed once, as for Search.
    private const string Counts = PreferIndex + CountWith;

    // How many matches, best by title and lead first, are ranked by their full vector. Each costs ~15 µs to read
    // (measured at 100,000 articles); an article whose lead lacks the words competes only while fewer than this many match.
    private const int CandidatesPerHit = 10;
    private const int MinCandidates = 100;

    private readonly CommonLexemes _commonLexemes;
    private readonly bool _prepare;

    /// <param name="time">Times how long ANALYZE's statistics are kept (<see cref="CommonLexemes"/>).</param>
    /// <param name="prepare">Whether the searches run as prepared statements (<see cref="PreparedQuery.IsPossibleWith"/>).</param>
    public PostgresArticleDialect(TimeProvider time, bool prepare)
    {
        _commonLexemes = new CommonLexemes(time);
        _prepare = prepare;
    }

    public override StorageProvider Provider => StorageProvider.Postgres;

    public override string InsertArticle => Insert;

    public override string UpdateArticle => Update;

    public override string SelectOpenings => Openings;

    public override string SelectParagraphs => Paragraphs;

    public override Task InsertParagraphsAsync(DbConnection connection, DbTransaction transaction, long articleId, IReadOnlyList<string> paragraphs, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(InsertParagraphs, new { ArticleId = articleId, Texts = paragraphs.ToArray() }, transaction, cancellationToken: cancellationToken));

    public override async Task AfterBatchAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await connection.ExecuteScalarAsync<long>(new CommandDefinition(MergePendingEntries, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            // Only the index's owner may merge it. A store that connects as another role than the one that ran the
            // migrations leaves the merge to the 1 MB limit (the saving save merges it) and to autovacuum.
        }
    }

    // The tsvector is a generated column of the row itself, so writing the row indexes it.
    public override Task IndexAsync(DbConnection connection, DbTransaction transaction, long id, string title, string body, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override Task UnindexAsync(DbConnection connection, DbTransaction transaction, long id, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public override async Task<IReadOnlyList<long>> CountArticlesWithAsync(DbConnection connection, IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        NpgsqlParameter[] parameters =
        [
            PreparedQuery.Value("Queries", terms.Select(term => TsQuery(SearchMatch.AllOf([term]))).ToArray()),
            PreparedQuery.Value("Terms", terms.ToArray()),
            PreparedQuery.Value("Cap", CountCap),
            PreparedQuery.Value("SampleCap", SampleCap),
        ];
        var counts = await PreparedQuery.ListAsync<WordCount>(connection, Counts, parameters, _prepare, cancellationToken).ConfigureAwait(false);
        if (counts.All(c => c.Lexeme is null))
        {
            return counts.Select(c => c.Holders).ToList();
        }

        var common = await _commonLexemes.HoldersAsync(connection, cancellationToken).ConfigureAwait(false);
        return counts.Select(c => c.Lexeme is not null && common.TryGetValue(c.Lexeme, out var estimate) ? Math.Max(c.Holders, estimate) : c.Holders).ToList();
    }

    // A word's capped count, and its lexeme when it reached the cap.
    private sealed class WordCount
    {
        public long Holders { get; set; }
        public string? Lexeme { get; set; }
    }

    public override async Task<IReadOnlyList<SearchHit>> SearchAsync(DbConnection connection, SearchMatch match, ArticleScope scope, int limit, CancellationToken cancellationToken)
    {
        var (query, rankQuery, anyQuery) = QueriesOf(match);
        NpgsqlParameter[] parameters =
        [
            PreparedQuery.Value("Query", query),
            PreparedQuery.Value("RankQuery", rankQuery),
            PreparedQuery.Value("AnyQuery", anyQuery),
            .. ScopeAndPage(scope, limit),
        ];
        var hits = await PreparedQuery.ListAsync<SearchHitRecord>(connection, Search, parameters, _prepare, cancellationToken).ConfigureAwait(false);
        return hits.Select(h => h.ToHit()).ToList();
    }

    public override async Task<(int Step, IReadOnlyList<SearchHit> Hits)> SearchFirstMatchingAsync(DbConnection connection, IReadOnlyList<SearchMatch> steps, ArticleScope scope, int limit, CancellationToken cancellationToken)
    {
        if (steps.Count == 1)
        {
            return (0, await SearchAsync(connection, steps[0], scope, limit, cancellationToken).ConfigureAwait(false));
        }

        var queries = steps.Select(QueriesOf).ToList();
        NpgsqlParameter[] parameters =
        [
            PreparedQuery.Value("Queries", queries.Select(q => q.Query).ToArray()),
            PreparedQuery.Value("RankQueries", queries.Select(q => q.RankQuery).ToArray()),
            PreparedQuery.Value("AnyQueries", queries.Select(q => q.AnyQuery).ToArray()),
            .. ScopeAndPage(scope, limit),
        ];
        var hits = await PreparedQuery.ListAsync<SearchHitRecord>(connection, SearchSteps, parameters, _prepare, cancellationToken).ConfigureAwait(false);
        // No row: no step found a visible article, the last one included.
        return (hits.Count == 0 ? steps.Count - 1 : (int)hits[0].Step, hits.Select(h => h.ToHit()).ToList());
    }

    private static string Over(string sql, string query, string rankQuery, string anyQuery) =>
        sql.Replace("%Query%", query, StringComparison.Ordinal).Replace("%RankQuery%", rankQuery, StringComparison.Ordinal)
            .Replace("%AnyQuery%", anyQuery, StringComparison.Ordinal);

    // The parameters both searches share: who reads (ArticleVisibility), the page and the candidates ranked in full.
    private static NpgsqlParameter[] ScopeAndPage(ArticleScope scope, int limit)
    {
        var (guildId, ownerUserId, guildScope, ownerScope) = ArticleVisibility.Parameters(scope);
        return
        [
            PreparedQuery.Id("GuildId", guildId),
            PreparedQuery.Id("OwnerUserId", ownerUserId),
            PreparedQuery.Value("GuildScope", guildScope),
            PreparedQuery.Value("OwnerScope", ownerScope),
            PreparedQuery.Value("Limit", limit),
            PreparedQuery.Value("Candidates", Math.Max(limit * CandidatesPerHit, MinCandidates)),
        ];
    }

    // The text of each query one search runs, from its match.
    private static (string Query, string RankQuery, string AnyQuery) QueriesOf(SearchMatch match)
    {
        var anyWord = TsQuery(SearchMatch.AnyOf(match.Terms));
        // A fallback step (all but one word, ...) selects fewer articles, but ranks them by every word, as any word did.
        return (TsQuery(match), match.Groups.Count == 1 ? TsQuery(match) : anyWord, anyWord);
    }

    /// <summary>
    /// Every term becomes a quoted lexeme ('term'); groups are joined by |, their words by &amp;. Terms hold only
    /// letters, marks and digits, so no quote, operator (!, |, &amp;, &lt;-&gt;, :*) or weight label can come from user text.
    /// </summary>
    internal static string TsQuery(SearchMatch match) =>
        string.Join(" | ", match.Groups.Select(group => "(" + string.Join(" & ", group.Select(term => "'" + term.Replace("'", "''", StringComparison.Ordinal) + "'")) + ")"));
}
