using System.Diagnostics;
using System.Globalization;
using Briefing.Embeddings;
using Briefing.Retrieval;
using Briefing.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Benchmarks;

/// <summary>
/// Recall@1, recall@5 and MRR (first 10) of lexical, embedding-only and hybrid retrieval on the dev set's articles
/// among generated distractors. The library (articles and vectors) is kept on disk between runs.
/// Run: dotnet run -c Release --project tests/Briefing.Benchmarks -- retrieval [--distractors 2000] [--provider sqlite|postgres] [--lexical-only]
/// (--lexical-only skips the model: no embedding of the library, only the lexical rows)
/// </summary>
internal static class RetrievalBenchmark
{
    private const int Depth = 10;

    public static async Task<int> RunAsync(string[] args)
    {
        var distractorCount = int.Parse(Option(args, "--distractors") ?? "2000", CultureInfo.InvariantCulture);
        var provider = Option(args, "--provider") ?? "sqlite";
        var devFolder = Option(args, "--dev") ?? FindDevFolder();
        var lexicalOnly = args.Contains("--lexical-only");
        var connectionString = provider == "postgres"
            ? (Environment.GetEnvironmentVariable("BRIEFING_TEST_POSTGRES") is { Length: > 0 } pg ? pg : "Host=127.0.0.1;Port=54329;Username=briefing;Database=briefing_test")
            : $"Data Source={Path.Combine(Path.GetTempPath(), "briefing-retrieval-bench", $"library-{distractorCount}.db")}";
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "briefing-retrieval-bench"));

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["Storage:ConnectionString"] = connectionString,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddStorage(configuration).AddRetrieval(configuration);
        await using var provided = services.BuildServiceProvider();
        await provided.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        var store = provided.GetRequiredService<IArticleStore>();

        var targets = RetrievalCorpus.LoadTargets(devFolder);
        var ids = new Dictionary<string, long>();
        var clock = Stopwatch.StartNew();
        foreach (var target in targets)
        {
            ids[target.Id] = (await store.SaveAsync(target.Draft, CancellationToken.None)).ArticleId;
        }

        foreach (var distractor in RetrievalCorpus.Distractors(devFolder, targets, distractorCount))
        {
            await store.SaveAsync(distractor, CancellationToken.None);
        }

        Console.WriteLine($"library: {await store.CountAsync(CancellationToken.None)} articles ({targets.Count} targets) on {provider}, saved in {clock.Elapsed.TotalSeconds:F0} s");
        clock.Restart();
        if (!lexicalOnly)
        {
            var embedded = await provided.GetRequiredService<EmbeddingIndexer>().IndexPendingAsync(CancellationToken.None);
            Console.WriteLine($"embedded {embedded} articles in {clock.Elapsed.TotalSeconds:F0} s");
        }

        var embedder = provided.GetRequiredService<ITextEmbedder>();
        var index = provided.GetRequiredService<VectorIndex>();
        var retriever = provided.GetRequiredService<IArticleRetriever>();
        var modes = new (string Name, Func<string, Task<IReadOnlyList<long>>> Search)[]
        {
            ("lexical", async q => (await store.SearchAsync(q, null, Depth, CancellationToken.None)).Select(h => h.ArticleId).ToList()),
            ("embedding", async q => (await index.NearestAsync((await embedder.EmbedAsync([q], CancellationToken.None))[0], embedder.Model, null, Depth, -1, CancellationToken.None)).Select(m => m.ArticleId).ToList()),
            ("hybrid", async q => (await retriever.SearchAsync(q, null, Depth, CancellationToken.None)).Select(h => h.ArticleId).ToList()),
            // Not a method: how much of the embedding and hybrid time is the model reading the query.
            ("(query embedding alone)", async q => { await embedder.EmbedAsync([q], CancellationToken.None); return []; }),
        };

        Console.WriteLine();
        Console.WriteLine("| queries | method | recall@1 | recall@5 | MRR@10 | mean ms |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (kind, query) in new (string, Func<RetrievalCorpus.Target, string>)[] { ("summary or title", t => t.LongQuery), ("topic (3-6 words)", t => t.TopicQuery) })
        {
            foreach (var (name, search) in lexicalOnly ? modes.Take(1) : modes)
            {
                var ranks = new List<int?>();
                clock.Restart();
                foreach (var target in targets)
                {
                    var found = await search(query(target));
                    var position = found.ToList().IndexOf(ids[target.Id]);
                    ranks.Add(position < 0 ? null : position + 1);
                }

                var ms = clock.Elapsed.TotalMilliseconds / targets.Count;
                var scores = name.StartsWith('(')
                    ? " | | |"
                    : string.Create(CultureInfo.InvariantCulture, $" {Recall(ranks, 1):F3} | {Recall(ranks, 5):F3} | {ranks.Average(r => r is { } k ? 1.0 / k : 0):F3} |");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {name} |{scores} {ms:F1} |"));
            }
        }

        return 0;
    }

    private static double Recall(List<int?> ranks, int k) => ranks.Count(r => r <= k) / (double)ranks.Count;

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    // The benchmark runs from the repository (or its bin folder); ../shared sits beside the repository.
    private static string FindDevFolder()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "eval", "dev");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/eval/dev not found above the current folder; pass --dev PATH.");
    }
}
