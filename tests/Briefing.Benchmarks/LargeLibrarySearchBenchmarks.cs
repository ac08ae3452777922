using System.Data.Common;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Briefing.Retrieval;
using Briefing.Storage;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Benchmarks;

/// <summary>
/// Library search over <see cref="LargeLibrary"/> (100,000 articles unless BRIEFING_BENCH_ARTICLES says otherwise)
/// beside the raw engine query it wraps, in one run: FTS5 MATCH with bm25 and snippet on SQLite, the tsvector query
/// with ts_rank_cd and ts_headline on PostgreSQL; and hybrid search (model time excluded, see BenchEmbedder).
/// Run: dotnet run -c Release --project tests/Briefing.Benchmarks -- --filter '*LargeLibrary*' --job short
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
public class LargeLibrarySearchBenchmarks
{
    // Each word in about one article in six; all three together in a few hundred of 100,000.
    private static readonly string ThreeWords = string.Join(' ', GeneratedDrafts.Vocabulary[5], GeneratedDrafts.Vocabulary[17], GeneratedDrafts.Vocabulary[29]);
    // "orchard" and "lighthouse" never share an article: all words finds nothing and the any-word fallback runs.
    private const string NoAllWordsMatch = "orchard lighthouse dredging";
    private const string RawFts = """
        SELECT rowid, snippet(article_search, 1, '**', '**', '…', 24), bm25(article_search, 10.0, 1.0)
        FROM article_search WHERE article_search MATCH @Match ORDER BY bm25(article_search, 10.0, 1.0) LIMIT 10
        """;
    private const string RawTsvector = """
        SELECT id, ts_headline('english', body, q, 'StartSel=**, StopSel=**, MaxWords=30, MinWords=12'), ts_rank_cd(search, q)
        FROM articles, to_tsquery('english', @Match) AS q WHERE search @@ q ORDER BY 3 DESC LIMIT 10
        """;

    // The library search as it was before this round (SQLite), for a before/after in the same run: snippet() and
    // bm25 evaluated for every matching row, the shadow-copy probe for every global row, and a plain any-word fallback.
    private const string PreviousSqliteSearch = """
        SELECT a.id AS ArticleId, a.title AS Title, a.url AS Url,
               snippet(article_search, 1, '**', '**', '…', 24) AS Snippet,
               -bm25(article_search, 10.0, 1.0) AS Score
        FROM article_search
        JOIN articles a ON a.id = article_search.rowid
        WHERE article_search MATCH @Match AND (a.guild_id = @GuildId
         OR (a.guild_id IS NULL AND a.owner_user_id = @OwnerUserId)
         OR (a.guild_id IS NULL AND a.owner_user_id IS NULL AND NOT EXISTS (
             SELECT 1 FROM articles own
             WHERE coalesce(own.guild_id, 0) = @GuildScope AND coalesce(own.owner_user_id, 0) = @OwnerScope
               AND own.url = a.url AND own.id <> a.id)))
        ORDER BY bm25(article_search, 10.0, 1.0), a.id
        LIMIT @Limit
        """;

    private ServiceProvider _services = null!;
    private IArticleStore _store = null!;
    private IArticleRetriever _retriever = null!;
    private DbConnection _raw = null!;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "sqlite";

    // BRIEFING_BENCH_PROVIDERS=sqlite (or postgres) measures one: building a 100,000-article library takes a while.
    public static IEnumerable<string> Providers() =>
        Environment.GetEnvironmentVariable("BRIEFING_BENCH_PROVIDERS") is { Length: > 0 } chosen
            ? chosen.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : LibrarySearchBenchmarks.Providers();

    [GlobalSetup]
    public void Setup()
    {
        _services = LargeLibrary.OpenAsync(Provider).GetAwaiter().GetResult();
        _store = _services.GetRequiredService<IArticleStore>();
        _retriever = _services.GetRequiredService<IArticleRetriever>();
        _raw = _services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None).GetAwaiter().GetResult();
        // Loads every vector into memory once, as the first search of a running bot does.
        _retriever.SearchAsync(ThreeWords, null, 10, CancellationToken.None).GetAwaiter().GetResult();
        GC.Collect();
        Console.WriteLine($"// queries: three words \"{ThreeWords}\", no article holds all \"{NoAllWordsMatch}\"");
        Console.WriteLine($"// process working set after loading {LargeLibrary.Size} articles' vectors: {Environment.WorkingSet / 1024 / 1024} MB, managed heap {GC.GetTotalMemory(false) / 1024 / 1024} MB, load average {LargeLibrary.LoadAverage()}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
        _services.Dispose();
    }

    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> LibraryThreeWords() => _store.SearchAsync(ThreeWords, null, 10, CancellationToken.None);

    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> LibraryNoAllWordsMatch() => _store.SearchAsync(NoAllWordsMatch, null, 10, CancellationToken.None);

    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> LibraryThreeWordsInGuild() => _store.SearchAsync(ThreeWords, LargeLibrary.Guild, 10, CancellationToken.None);

    [Benchmark]
    public Task<List<dynamic>> PreviousLibraryThreeWords() => PreviousAsync(ThreeWords);

    [Benchmark]
    public Task<List<dynamic>> PreviousLibraryNoAllWordsMatch() => PreviousAsync(NoAllWordsMatch);

    [Benchmark(Baseline = true)]
    public Task<List<dynamic>> RawAllWords() => RawAsync(ThreeWords, requireAll: true);

    [Benchmark]
    public Task<List<dynamic>> RawAnyWord() => RawAsync(NoAllWordsMatch, requireAll: false);

    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> HybridThreeWords() => _retriever.SearchAsync(ThreeWords, null, 10, CancellationToken.None);

    // SQLite only (PostgreSQL answers an empty list): the previous query, all words and then any word.
    private async Task<List<dynamic>> PreviousAsync(string words)
    {
        if (Provider == "postgres")
        {
            return [];
        }

        var terms = words.Split(' ');
        foreach (var joiner in new[] { " AND ", " OR " })
        {
            var parameters = new { Match = string.Join(joiner, terms.Select(t => $"\"{t}\"")), GuildId = (long?)null, OwnerUserId = (long?)null, GuildScope = 0L, OwnerScope = 0L, Limit = 10 };
            var hits = (await _raw.QueryAsync(new CommandDefinition(PreviousSqliteSearch, parameters))).AsList();
            if (hits.Count > 0)
            {
                return hits;
            }
        }

        return [];
    }

    private async Task<List<dynamic>> RawAsync(string words, bool requireAll)
    {
        var terms = words.Split(' ');
        var match = Provider == "postgres"
            ? string.Join(requireAll ? " & " : " | ", terms.Select(t => $"'{t}'"))
            : string.Join(requireAll ? " AND " : " OR ", terms.Select(t => $"\"{t}\""));
        // The raw any-word query on PostgreSQL computes ts_headline for every match before sorting, and on the loaded
        // machine it ran past Npgsql's default 30 s timeout during BenchmarkDotNet's pilot.
        return (await _raw.QueryAsync(new CommandDefinition(Provider == "postgres" ? RawTsvector : RawFts, new { Match = match }, commandTimeout: 600))).AsList();
    }

    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig() => AddColumn(StatisticColumn.P95, StatisticColumn.Median);
    }
}
