using Briefing.Embeddings;
using Briefing.Retrieval;
using Briefing.Storage;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Retrieval;

/// <summary>Lexical and embedding rankings fused: meaning finds what words miss, and words still find what has no vector.</summary>
public sealed class HybridRetrieverTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private Task<TestDatabase> CreateAsync(string provider, ConceptEmbedder embedder) =>
        fixture.CreateAsync(provider, services =>
        {
            services.AddSingleton<ITextEmbedder>(embedder);
            services.AddRetrieval(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        });

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_paraphrase_that_shares_no_word_finds_the_article_by_meaning(string provider)
    {
        await using var db = await CreateAsync(provider, new ConceptEmbedder());
        var store = db.Get<IArticleStore>();
        var korea = await store.SaveAsync(RetrievalDrafts.NorthKorea(), None);
        await store.SaveAsync(RetrievalDrafts.Orchards(), None);
        await store.SaveAsync(RetrievalDrafts.Harbour(), None);
        await db.Get<EmbeddingIndexer>().IndexPendingAsync(None);
        const string query = "Pyongyang diplomacy before the vote";

        var lexical = await store.SearchAsync(query, null, 5, None);
        var hybrid = await db.Get<IArticleRetriever>().SearchAsync(query, null, 5, None);

        Assert.Empty(lexical);
        Assert.Equal(korea.ArticleId, Assert.Single(hybrid).ArticleId);
        Assert.StartsWith("The statement from North Korea", hybrid[0].Snippet);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_long_opening_shown_for_a_hit_by_meaning_is_cut_without_splitting_an_emoji(string provider)
    {
        await using var db = await CreateAsync(provider, new ConceptEmbedder());
        var store = db.Get<IArticleStore>();
        // The wave emoji (two UTF-16 units) straddles the cut at 200 characters of the opening paragraph.
        var opening = "The statement from North Korea rejects dialogue with Washington " + new string('x', 135) + "\U0001F30A and more after it.";
        var korea = await store.SaveAsync(RetrievalDrafts.Draft("long-statement", "Kim Yo Jong rules out negotiations for now", opening), None);
        await db.Get<EmbeddingIndexer>().IndexPendingAsync(None);

        var hit = Assert.Single(await db.Get<IArticleRetriever>().SearchAsync("Pyongyang diplomacy before the vote", null, 5, None));

        Assert.Equal(korea.ArticleId, hit.ArticleId);
        Assert.EndsWith("…", hit.Snippet, StringComparison.Ordinal);
        Assert.True(hit.Snippet.Length <= 200, hit.Snippet);
        Assert.DoesNotContain(hit.Snippet, char.IsSurrogate);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Articles_without_a_vector_are_still_found_by_their_words(string provider)
    {
        await using var db = await CreateAsync(provider, new ConceptEmbedder());
        var store = db.Get<IArticleStore>();
        await store.SaveAsync(RetrievalDrafts.Orchards(), None);
        await db.Get<EmbeddingIndexer>().IndexPendingAsync(None);
        var harbour = await store.SaveAsync(RetrievalDrafts.Harbour(), None);

        var hits = await db.Get<IArticleRetriever>().SearchAsync("dredging silt", null, 5, None);

        Assert.Equal(1, await db.Get<EmbeddingIndexer>().CountPendingAsync(None));
        Assert.Equal(harbour.ArticleId, Assert.Single(hits).ArticleId);
        Assert.Contains("**dredging**", hits[0].Snippet, StringComparison.Ordinal);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Without_any_vector_the_query_is_not_embedded(string provider)
    {
        var embedder = new ConceptEmbedder();
        await using var db = await CreateAsync(provider, embedder);
        var harbour = await db.Get<IArticleStore>().SaveAsync(RetrievalDrafts.Harbour(), None);

        var hits = await db.Get<IArticleRetriever>().SearchAsync("dredging", null, 5, None);

        Assert.Equal(harbour.ArticleId, Assert.Single(hits).ArticleId);
        Assert.Equal(0, embedder.Calls);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task One_story_from_three_sites_is_one_result_naming_the_others(string provider)
    {
        await using var db = await CreateAsync(provider, new ConceptEmbedder());
        var store = db.Get<IArticleStore>();
        var first = await store.SaveAsync(RetrievalDrafts.NorthKorea("first.example"), None);
        var second = await store.SaveAsync(RetrievalDrafts.NorthKorea("second.example") with { Paragraphs = ["North Korea rejects dialogue with Washington until the American campaign is over, the statement says."] }, None);
        var third = await store.SaveAsync(RetrievalDrafts.NorthKorea("third.example") with { Paragraphs = ["In a statement, North Korea rejected dialogue with Washington until after the campaign."] }, None);
        var orchards = await store.SaveAsync(RetrievalDrafts.Orchards(), None);
        await db.Get<EmbeddingIndexer>().IndexPendingAsync(None);

        var hits = await db.Get<IArticleRetriever>().SearchAsync("North Korea negotiations statement", null, 3, None);

        var story = Assert.Single(hits);
        Assert.Contains(story.ArticleId, new[] { first.ArticleId, second.ArticleId, third.ArticleId });
        Assert.Equal(
            new[] { first.ArticleId, second.ArticleId, third.ArticleId }.Where(id => id != story.ArticleId).Order(),
            story.SameStory.Select(s => s.ArticleId).Order());
        Assert.DoesNotContain(hits, h => h.ArticleId == orchards.ArticleId);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Queries_without_a_topic_word_give_an_empty_list_before_any_work(string provider)
    {
        var embedder = new ConceptEmbedder();
        await using var db = await CreateAsync(provider, embedder);
        await db.Get<IArticleStore>().SaveAsync(RetrievalDrafts.Orchards(), None);
        await db.Get<EmbeddingIndexer>().IndexPendingAsync(None);
        var calls = embedder.Calls;
        var retriever = db.Get<IArticleRetriever>();

        foreach (var query in new[] { "the is with", "?!…", "\U0001F30A\u2764\uFE0F", "\0\0", new string('.', 10_000) })
        {
            Assert.Empty(await retriever.SearchAsync(query, null, 5, None));
        }

        Assert.Equal(calls, embedder.Calls);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_ten_thousand_character_query_and_other_scripts_answer_without_error(string provider)
    {
        await using var db = await CreateAsync(provider, new ConceptEmbedder());
        var orchards = await db.Get<IArticleStore>().SaveAsync(RetrievalDrafts.Orchards(), None);
        await db.Get<EmbeddingIndexer>().IndexPendingAsync(None);
        var retriever = db.Get<IArticleRetriever>();
        var huge = ("apricots " + string.Concat(Enumerable.Range(0, 2000).Select(i => $"w{i} ")))[..10_000];

        var hits = await retriever.SearchAsync(huge, null, 5, None);
        var other = await retriever.SearchAsync("朝鲜的外交政策 дипломатия", null, 5, None);

        Assert.Equal(orchards.ArticleId, Assert.Single(hits).ArticleId);
        Assert.Empty(other);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task An_embedder_that_fails_on_the_query_leaves_a_lexical_search(string provider)
    {
        var embedder = new ConceptEmbedder();
        await using var db = await CreateAsync(provider, embedder);
        var harbour = await db.Get<IArticleStore>().SaveAsync(RetrievalDrafts.Harbour(), None);
        await db.Get<EmbeddingIndexer>().IndexPendingAsync(None);
        embedder.FailNext = true;

        var hits = await db.Get<IArticleRetriever>().SearchAsync("dredging", null, 5, None);

        Assert.Equal(harbour.ArticleId, Assert.Single(hits).ArticleId);
    }
}
