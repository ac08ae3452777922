using Briefing.Digests;
using Briefing.Storage;
using Briefing.Embeddings;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Digests;

/// <summary>Stored embedding vectors join two reports whose words differ; an article not indexed yet is compared by text alone.</summary>
public sealed class StoryVectorDigestTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Close_vectors_make_one_story_once_both_articles_are_indexed(string provider)
    {
        var embedder = new FixedEmbedder();
        await using var db = await DigestStoreBed.CreateAsync(fixture, provider, new FakeDigestChannel(), embedder);
        var since = db.Time.GetUtcNow();
        var first = await db.AddAsync("Central bank lifts rates to 4.5%", "Policymakers voted to tighten, citing stubborn inflation.", "https://a.example.org/rates", site: "Paper A");
        var second = await db.AddAsync("Borrowing costs climb after monetary decision", "The monetary authority made credit dearer on Thursday.", "https://b.example.org/credit", site: "Paper B");
        db.Time.Advance(TimeSpan.FromMinutes(5));
        var store = db.Get<IArticleEmbeddingStore>();
        var articles = db.Get<IArticleStore>();
        await store.SaveAsync(first, (await articles.GetAsync(first, None))!.ContentHash, embedder.Model, [1f, 0f, 0f, 0f], None);
        var composer = db.Get<DigestComposer>();

        var halfIndexed = await composer.ComposeAsync(7, [], since, db.Time.GetUtcNow(), None);
        await store.SaveAsync(second, (await articles.GetAsync(second, None))!.ContentHash, embedder.Model, [0.99f, 0.1411f, 0f, 0f], None);
        var indexed = await composer.ComposeAsync(7, [], since, db.Time.GetUtcNow(), None);

        Assert.Equal(2, halfIndexed.EntryCount);
        var entry = Assert.Single(Assert.Single(indexed.Pages).Entries);
        Assert.Equal([first, second], new[] { entry.ArticleId }.Concat(entry.Also.Select(a => a.ArticleId)).Order());
    }

    private sealed class FixedEmbedder : ITextEmbedder
    {
        public string Model => "fixed-test-embedder@1";

        public int Dimensions => 4;

        public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("A digest only reads stored vectors; it never embeds.");
    }
}
