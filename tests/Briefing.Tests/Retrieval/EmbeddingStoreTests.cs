using Briefing.Embeddings;
using Briefing.Retrieval;
using Briefing.Storage;
using Briefing.Tests.Infrastructure;
using Dapper;

namespace Briefing.Tests.Retrieval;

/// <summary>Vectors live beside the articles on both providers; anything missing, stale or corrupt is computed again.</summary>
public sealed class EmbeddingStoreTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private Task<TestDatabase> CreateAsync(string provider, ITextEmbedder embedder) =>
        fixture.CreateAsync(provider, services =>
        {
            services.AddSingleton(embedder);
            services.AddRetrieval(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        });

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task The_indexer_embeds_every_pending_article_once(string provider)
    {
        var embedder = new ConceptEmbedder();
        await using var db = await CreateAsync(provider, embedder);
        await db.Get<IArticleStore>().SaveAsync(RetrievalDrafts.Harbour(), None);
        await db.Get<IArticleStore>().SaveAsync(RetrievalDrafts.Orchards(), None);
        var indexer = db.Get<EmbeddingIndexer>();

        Assert.Equal(2, await indexer.CountPendingAsync(None));
        Assert.Equal(2, await indexer.IndexPendingAsync(None));
        Assert.Equal(0, await indexer.CountPendingAsync(None));
        Assert.Equal(0, await indexer.IndexPendingAsync(None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_model_change_or_a_text_change_makes_the_vector_pending_again(string provider)
    {
        await using var db = await CreateAsync(provider, new ConceptEmbedder("concept-test@1"));
        var store = db.Get<IArticleStore>();
        await store.SaveAsync(RetrievalDrafts.Harbour(), None);
        var orchards = await store.SaveAsync(RetrievalDrafts.Orchards(), None);
        await db.Get<EmbeddingIndexer>().IndexPendingAsync(None);

        // The article's text changes: its old vector no longer counts.
        await store.SaveAsync(RetrievalDrafts.Orchards() with { Paragraphs = ["Cherry growers now plant further north."] }, None);
        Assert.Equal([orchards.ArticleId], (await db.Get<IArticleEmbeddingStore>().ListPendingAsync("concept-test@1", 64, 10, None)).Select(p => p.ArticleId));

        // Another model (or version) has no vectors at all yet.
        Assert.Equal(2, await db.Get<IArticleEmbeddingStore>().CountPendingAsync("concept-test@2", 64, None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_corrupt_vector_is_skipped_by_search_and_computed_again(string provider)
    {
        var embedder = new ConceptEmbedder();
        await using var db = await CreateAsync(provider, embedder);
        var store = db.Get<IArticleStore>();
        var harbour = await store.SaveAsync(RetrievalDrafts.Harbour(), None);
        var orchards = await store.SaveAsync(RetrievalDrafts.Orchards(), None);
        var indexer = db.Get<EmbeddingIndexer>();
        await indexer.IndexPendingAsync(None);
        await using (var connection = await db.Get<IDbConnectionFactory>().OpenAsync(None))
        {
            // One vector cut short (wrong length), one full of NaN (right length, not numbers).
            await connection.ExecuteAsync("UPDATE article_embeddings SET vector = @Bytes WHERE article_id = @Id", new { Bytes = new byte[] { 1, 2, 3 }, Id = harbour.ArticleId });
            await connection.ExecuteAsync("UPDATE article_embeddings SET vector = @Bytes WHERE article_id = @Id", new { Bytes = EmbeddingVector.ToBytes(Enumerable.Repeat(float.NaN, 64).ToArray()), Id = orchards.ArticleId });
        }

        var query = (await embedder.EmbedAsync(["apricots orchards"], None))[0];
        var matches = await db.Get<VectorIndex>().NearestAsync(query, embedder.Model, null, 10, 0.0, None);

        Assert.Empty(matches);
        Assert.Equal(2, await indexer.CountPendingAsync(None));
        Assert.Equal(2, await indexer.IndexPendingAsync(None));
        var again = await db.Get<VectorIndex>().NearestAsync(query, embedder.Model, null, 1, 0.0, None);
        Assert.Equal([orchards.ArticleId], again.Select(m => m.ArticleId));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Nearest_keeps_to_the_guild_scope(string provider)
    {
        var embedder = new ConceptEmbedder();
        await using var db = await CreateAsync(provider, embedder);
        var store = db.Get<IArticleStore>();
        var global = await store.SaveAsync(RetrievalDrafts.Orchards(), None);
        var ofGuild = await store.SaveAsync(RetrievalDrafts.Orchards() with { Url = "https://example.org/a", GuildId = 7, Paragraphs = ["Apricots and cherries in guild seven."] }, None);
        await store.SaveAsync(RetrievalDrafts.Orchards() with { Url = "https://example.org/b", GuildId = 8, Paragraphs = ["Apricots and cherries in guild eight."] }, None);
        await db.Get<EmbeddingIndexer>().IndexPendingAsync(None);
        var query = (await embedder.EmbedAsync(["apricots"], None))[0];

        var seen = await db.Get<VectorIndex>().NearestAsync(query, embedder.Model, 7, 10, 0.0, None);

        Assert.Equal([global.ArticleId, ofGuild.ArticleId], seen.Select(m => m.ArticleId).Order());
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task The_in_memory_index_picks_up_new_vectors_and_never_returns_a_removed_article(string provider)
    {
        var embedder = new ConceptEmbedder();
        await using var db = await CreateAsync(provider, embedder);
        var store = db.Get<IArticleStore>();
        var first = await store.SaveAsync(RetrievalDrafts.Orchards(), None);
        var indexer = db.Get<EmbeddingIndexer>();
        await indexer.IndexPendingAsync(None);
        var index = db.Get<VectorIndex>();
        var query = (await embedder.EmbedAsync(["apricots cherries orchards"], None))[0];
        Assert.Equal([first.ArticleId], (await index.NearestAsync(query, embedder.Model, null, 10, 0.1, None)).Select(m => m.ArticleId));

        db.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await store.SaveAsync(RetrievalDrafts.Orchards() with { Url = "https://example.org/more", Paragraphs = ["Cherries and apricots replace apples in the orchards."] }, None);
        await indexer.IndexPendingAsync(None);
        Assert.Equal([first.ArticleId, second.ArticleId], (await index.NearestAsync(query, embedder.Model, null, 10, 0.1, None)).Select(m => m.ArticleId).Order());

        await store.RemoveAsync(first.ArticleId, null, None);
        Assert.Equal([second.ArticleId], (await index.NearestAsync(query, embedder.Model, null, 10, 0.1, None)).Select(m => m.ArticleId));
    }
}
