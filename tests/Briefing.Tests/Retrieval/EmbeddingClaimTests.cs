using System.Collections.Concurrent;
using Briefing.Embeddings;
using Briefing.Retrieval;
using Briefing.Storage;
using Briefing.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Briefing.Tests.Retrieval;

/// <summary>Several instances on one PostgreSQL each run the indexer: an article is embedded by one of them at a time.</summary>
public sealed class EmbeddingClaimTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    [SkippableFact]
    public async Task A_claimed_article_goes_to_no_other_instance_until_its_lease_ends()
    {
        var embedder = new ConceptEmbedder();
        await using var db = await CreateAsync(embedder, batchSize: 16);
        var ids = await SaveArticlesAsync(db, 6);
        var first = db.Get<IArticleEmbeddingStore>();
        var second = db.CreateServices().GetRequiredService<IArticleEmbeddingStore>();

        var takenByFirst = await first.ClaimPendingAsync(embedder.Model, embedder.Dimensions, 4, Lease, None);
        var takenBySecond = await second.ClaimPendingAsync(embedder.Model, embedder.Dimensions, 10, Lease, None);
        var nothingLeft = await second.ClaimPendingAsync(embedder.Model, embedder.Dimensions, 10, Lease, None);

        Assert.Equal(ids.Take(4), takenByFirst.Select(p => p.ArticleId));
        Assert.Equal(ids.Skip(4), takenBySecond.Select(p => p.ArticleId));
        Assert.Empty(nothingLeft);
        Assert.All(takenByFirst, p => Assert.NotEmpty(p.Paragraphs));

        // The second instance stores its two vectors; the first stores two and stops. The first's other two articles
        // stay held until the lease ends, then the second instance takes them; stored ones are no longer pending at all.
        foreach (var (store, pending) in takenBySecond.Select(p => (second, p)).Concat(takenByFirst.Take(2).Select(p => (first, p))))
        {
            await store.SaveAsync(pending.ArticleId, pending.ContentHash, embedder.Model, (await embedder.EmbedAsync([pending.Title], None))[0], None);
        }

        db.Time.Advance(Lease - TimeSpan.FromSeconds(1));
        Assert.Empty(await second.ClaimPendingAsync(embedder.Model, embedder.Dimensions, 10, Lease, None));
        db.Time.Advance(TimeSpan.FromSeconds(1));
        var retaken = await second.ClaimPendingAsync(embedder.Model, embedder.Dimensions, 10, Lease, None);
        Assert.Equal(ids.Skip(2).Take(2), retaken.Select(p => p.ArticleId));
    }

    [SkippableFact]
    public async Task Two_indexers_running_at_once_embed_each_article_once()
    {
        var embedder = new RecordingEmbedder(new ConceptEmbedder());
        await using var db = await CreateAsync(embedder, batchSize: 3);
        await SaveArticlesAsync(db, 30);
        var first = db.Get<EmbeddingIndexer>();
        var second = db.CreateServices().GetRequiredService<EmbeddingIndexer>();

        var stored = await Task.WhenAll(Task.Run(() => first.IndexPendingAsync(None)), Task.Run(() => second.IndexPendingAsync(None)));

        Assert.Equal(30, stored.Sum());
        Assert.Equal(30, embedder.Texts.Count);
        Assert.Equal(30, embedder.Texts.Distinct().Count());
        Assert.Equal(0, await first.CountPendingAsync(None));
    }

    private Task<TestDatabase> CreateAsync(ITextEmbedder embedder, int batchSize) =>
        fixture.CreateAsync(StorageProviders.Postgres, services =>
        {
            var settings = new Dictionary<string, string?> { [$"{RetrievalOptions.Section}:IndexBatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            services.AddSingleton(embedder);
            services.AddRetrieval(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        });

    private static async Task<List<long>> SaveArticlesAsync(TestDatabase db, int count)
    {
        var ids = new List<long>();
        for (var n = 1; n <= count; n++)
        {
            var draft = RetrievalDrafts.Draft($"claim-{n}", $"Lock keeper's log, entry {n}", $"Entry {n}: the lock at mile {n} was worked {n * 3} times today.");
            ids.Add((await db.Get<IArticleStore>().SaveAsync(draft, None)).ArticleId);
        }

        return ids;
    }

    /// <summary>Every text the model was asked to embed, from any instance.</summary>
    private sealed class RecordingEmbedder(ITextEmbedder inner) : ITextEmbedder
    {
        public ConcurrentBag<string> Texts { get; } = [];

        public string Model => inner.Model;

        public int Dimensions => inner.Dimensions;

        public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
        {
            foreach (var text in texts)
            {
                Texts.Add(text);
            }

            return inner.EmbedAsync(texts, cancellationToken);
        }
    }
}
