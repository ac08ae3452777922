using System.Diagnostics;
using System.Globalization;
using Briefing.Articles;
using Briefing.Embeddings;
using Briefing.Retrieval;
using Briefing.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Briefing.Benchmarks;

/// <summary>
/// A library of <c>BRIEFING_BENCH_ARTICLES</c> (default 100,000) generated articles, built once per provider and
/// kept (a SQLite file in the temp folder; a PostgreSQL database named after the size), with a seeded random unit
/// vector per article under the model <see cref="BenchEmbedder.ModelName"/>. Building prints the ingest curve.
/// </summary>
internal static class LargeLibrary
{
    public const ulong Guild = 424242424242424242;

    private const int SaveBatch = 100;

    public static int Size => int.TryParse(Environment.GetEnvironmentVariable("BRIEFING_BENCH_ARTICLES"), CultureInfo.InvariantCulture, out var n) ? n : 100_000;

    public static async Task<ServiceProvider> OpenAsync(string provider)
    {
        string connectionString;
        if (provider == "postgres")
        {
            var database = $"briefing_large_{Size}";
            await using (var admin = new NpgsqlConnection(LibrarySearchBenchmarks.PostgresConnectionString))
            {
                await admin.OpenAsync();
                await using var exists = new NpgsqlCommand($"SELECT COUNT(*) FROM pg_database WHERE datname = '{database}'", admin);
                if ((long)(await exists.ExecuteScalarAsync())! == 0)
                {
                    await LibrarySearchBenchmarks.ExecuteAdminAsync($"CREATE DATABASE \"{database}\"");
                }
            }

            connectionString = new NpgsqlConnectionStringBuilder(LibrarySearchBenchmarks.PostgresConnectionString) { Database = database }.ConnectionString;
        }
        else
        {
            var folder = Path.Combine(Path.GetTempPath(), "briefing-large-bench");
            Directory.CreateDirectory(folder);
            connectionString = $"Data Source={Path.Combine(folder, $"library-{Size}.db")}";
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["Storage:ConnectionString"] = connectionString,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSingleton<ITextEmbedder>(new BenchEmbedder());
        services.AddStorage(configuration).AddRetrieval(configuration);
        var built = services.BuildServiceProvider();
        await built.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await FillAsync(built, provider);
        return built;
    }

    // Resumes where an interrupted build stopped: article n is the n-th saved. Saved as folder ingest saves them,
    // a hundred to a transaction.
    private static async Task FillAsync(ServiceProvider services, string provider)
    {
        var store = services.GetRequiredService<IArticleStore>();
        var have = await store.CountAsync(CancellationToken.None);
        var random = new Random(2026);
        var clock = Stopwatch.StartNew();
        var batch = new List<ArticleDraft>(SaveBatch);
        for (var i = 0; i < Size; i++)
        {
            var draft = GeneratedDrafts.Article(i, random, Guild);
            if (i < have)
            {
                continue;
            }

            batch.Add(draft);
            if (batch.Count == SaveBatch || i == Size - 1)
            {
                await store.SaveManyAsync(batch, CancellationToken.None);
                batch.Clear();
            }

            if ((i + 1) % (Size / 10) == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// ingest curve {provider}: {i + 1} articles, {Size / 10 / clock.Elapsed.TotalSeconds:F0} articles/s over the last {Size / 10} (load average {LoadAverage()})"));
                clock.Restart();
            }
        }

        var embeddings = services.GetRequiredService<IArticleEmbeddingStore>();
        var embedder = services.GetRequiredService<ITextEmbedder>();
        var vectorRandom = new Random(7);
        while (true)
        {
            var pending = await embeddings.ListPendingAsync(embedder.Model, embedder.Dimensions, 1000, CancellationToken.None);
            if (pending.Count == 0)
            {
                break;
            }

            foreach (var article in pending)
            {
                await embeddings.SaveAsync(article.ArticleId, article.ContentHash, embedder.Model, BenchEmbedder.RandomUnit(vectorRandom, embedder.Dimensions), CancellationToken.None);
            }
        }
    }

    /// <summary>The one-minute load average (Linux), so each figure says how busy the shared machine was.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
