using BenchmarkDotNet.Attributes;
using Briefing.Articles;
using Briefing.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Briefing.Benchmarks;

/// <summary>
/// Library search over 2,000 generated articles, on SQLite (FTS5) and, when the test server answers
/// (env BRIEFING_TEST_POSTGRES, default 127.0.0.1:54329), on PostgreSQL (tsvector) in the same run.
/// Run: dotnet run -c Release --project tests/Briefing.Benchmarks -- --filter '*LibrarySearch*' --job short
/// </summary>
[MemoryDiagnoser]
public class LibrarySearchBenchmarks
{
    private const int ArticleCount = 2_000;
    private const ulong Guild = 424242424242424242;
    private const string DefaultPostgres = "Host=127.0.0.1;Port=54329;Username=briefing;Database=briefing_test";

    private ServiceProvider? _services;
    private IArticleStore _store = null!;
    private string? _sqliteFolder;
    private string? _postgresDatabase;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "sqlite";

    public static IEnumerable<string> Providers()
    {
        yield return "sqlite";
        if (PostgresAnswers())
        {
            yield return "postgres";
        }
    }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    /// <summary>Two common words that appear together in about one article in ten.</summary>
    [Benchmark(Baseline = true)]
    public Task<IReadOnlyList<SearchHit>> AllWords() => _store.SearchAsync("harbour dredging", null, 10, CancellationToken.None);

    /// <summary>Words that never appear together: the all-words query finds nothing and the any-word fallback runs.</summary>
    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> FallbackToAnyWord() => _store.SearchAsync("orchard lighthouse", null, 10, CancellationToken.None);

    /// <summary>A guild's view: global articles plus its own.</summary>
    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> GuildScope() => _store.SearchAsync("tariff", Guild, 10, CancellationToken.None);

    /// <summary>Operators and quotes that must be read as words.</summary>
    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> HostileQuery() => _store.SearchAsync("\"harbour\" OR NEAR(dredging* -silt) title:^tariff", null, 10, CancellationToken.None);

    private async Task SetupAsync()
    {
        string connectionString;
        if (Provider == "postgres")
        {
            _postgresDatabase = "briefing_bench_" + Guid.NewGuid().ToString("N");
            await ExecuteAdminAsync($"CREATE DATABASE \"{_postgresDatabase}\"");
            connectionString = new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Database = _postgresDatabase }.ConnectionString;
        }
        else
        {
            _sqliteFolder = Path.Combine(Path.GetTempPath(), "briefing-bench", Guid.NewGuid().ToString("N"));
            connectionString = $"Data Source={Path.Combine(_sqliteFolder, "bench.db")}";
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = Provider,
            ["Storage:ConnectionString"] = connectionString,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddStorage(configuration);
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        _store = _services.GetRequiredService<IArticleStore>();
        var random = new Random(2026);
        for (var i = 0; i < ArticleCount; i++)
        {
            await _store.SaveAsync(GeneratedDrafts.Article(i, random, Guild), CancellationToken.None);
        }
    }

    private async Task CleanupAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_postgresDatabase is not null)
        {
            await ExecuteAdminAsync($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)");
        }

        if (_sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_sqliteFolder, recursive: true);
        }
    }

    internal static string PostgresConnectionString =>
        Environment.GetEnvironmentVariable("BRIEFING_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultPostgres;

    internal static bool PostgresAnswers()
    {
        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Timeout = 2, Pooling = false }.ConnectionString);
            connection.Open();
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    internal static async Task ExecuteAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
