using Briefing.Storage;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Storage;

/// <summary>What the search returns when no article holds all the words: the rarest words decide, on both engines.</summary>
public sealed class SearchFallbackTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task The_most_common_word_is_left_out_first(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        // "channel" is in five articles; "lamprey" and "weir" in two each, together in one, never with "channel".
        var rareTwo = await Save(store, 1, "Lamprey numbers rose once the old weir came down.");
        var lampreyChannel = await Save(store, 2, "A lamprey was seen in the channel last spring.");
        var weirChannel = await Save(store, 3, "The weir keeps the channel deep enough for barges.");
        for (var n = 4; n <= 6; n++)
        {
            await Save(store, n, $"Channel works, phase {n}, kept the barges moving.");
        }

        var first = await store.SearchAsync("channel lamprey weir", null, 1, None);
        var page = await store.SearchAsync("channel lamprey weir", null, 10, None);

        Assert.Equal([rareTwo], first.Select(h => h.ArticleId));
        Assert.Equal(rareTwo, page[0].ArticleId);
        // Then the two-word groups that leave out a rarer word, then single words, rarest first.
        Assert.Equal([lampreyChannel, weirChannel], page.Skip(1).Take(2).Select(h => h.ArticleId).Order());
        Assert.Equal(6, page.Count);
        Assert.All(page, hit => Assert.Contains("**", hit.Snippet));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_word_no_article_holds_is_dropped_and_the_rest_must_all_match(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var both = await Save(store, 1, "Silt and gravel were dredged from the channel.");
        var silt = await Save(store, 2, "Silt settles where the river slows.");
        await Save(store, 3, "Gravel roads wash out after storms.");

        // "gravle" is a misspelling no article holds: the search is "silt gravel", then any of those two.
        var first = await store.SearchAsync("silt gravle gravel", null, 1, None);
        var page = await store.SearchAsync("silt gravle gravel", null, 10, None);
        var nothing = await store.SearchAsync("gravle sillt", null, 10, None);

        Assert.Equal([both], first.Select(h => h.ArticleId));
        Assert.Equal(3, page.Count);
        Assert.Contains(silt, page.Select(h => h.ArticleId));
        Assert.Empty(nothing);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_long_query_is_ranked_by_all_its_words_when_no_combination_holds(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        string[] words = ["barge", "sluice", "towpath", "lock", "wharf", "jetty", "mooring", "quay", "slipway", "berth", "dock", "pier"];
        var ids = new List<long>();
        for (var n = 0; n < words.Length; n++)
        {
            ids.Add(await Save(store, n + 1, $"This note is about a {words[n]} and nothing else."));
        }

        var most = await Save(store, 20, "A barge left the sluice for the towpath lock; the wharf was closed.");

        // Twelve words: no combination steps; any of the words, ranked by all of them, puts the article holding five first.
        var page = await store.SearchAsync(string.Join(' ', words), null, 10, None);

        Assert.Equal(10, page.Count);
        Assert.Equal(most, page[0].ArticleId);
        Assert.All(page, hit => Assert.Contains(hit.ArticleId, ids.Append(most)));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_step_whose_matches_the_scope_cannot_read_is_passed_over_for_the_next(string provider)
    {
        const ulong guild = 737373737373737373;
        const ulong otherGuild = 747474747474747474;
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        // "kestrel" and "heron" are together only in another guild's article and in a global one that the guild has
        // its own copy of (without either word), so for the guild the first step finds nothing it may read.
        await SaveAt(store, "https://example.net/log/other", otherGuild, "A kestrel hovered while a heron waited below.");
        var shadowed = await SaveAt(store, "https://example.net/log/shared", null, "A kestrel and a heron shared the bank at dawn.");
        await SaveAt(store, "https://example.net/log/shared", guild, "The bank was quiet at dawn.");
        var kestrelMarsh = await SaveAt(store, "https://example.net/log/k", null, "A kestrel hunted over the marsh.");
        var heronMarsh = await SaveAt(store, "https://example.net/log/h", null, "A heron stood still in the marsh.");
        var marshOnly = new List<long>();
        for (var n = 1; n <= 3; n++)
        {
            marshOnly.Add(await SaveAt(store, $"https://example.net/log/m{n}", null, $"The marsh flooded on day {n}."));
        }

        var first = await store.SearchAsync("marsh kestrel heron", guild, 1, None);
        var page = await store.SearchAsync("marsh kestrel heron", guild, 10, None);
        var everywhere = await store.SearchAsync("marsh kestrel heron", null, 1, None);

        // The rarest pair first, then the next pairs, then any of the words.
        Assert.Equal([kestrelMarsh], first.Select(h => h.ArticleId));
        Assert.Equal([kestrelMarsh, heronMarsh], page.Take(2).Select(h => h.ArticleId));
        Assert.Equal(marshOnly, page.Skip(2).Select(h => h.ArticleId).Order());
        // Where the global article is readable, the first step finds it.
        Assert.Equal([shadowed], everywhere.Select(h => h.ArticleId));
    }

    private static async Task<long> SaveAt(IArticleStore store, string url, ulong? guild, string text) =>
        (await store.SaveAsync(ArticleBuilder.Titled("Field log", text).At(url).InGuild(guild).Draft(), None)).ArticleId;

    private static async Task<long> Save(IArticleStore store, int n, string text) =>
        (await store.SaveAsync(ArticleDrafts.Numbered(n) with { Paragraphs = [text] }, None)).ArticleId;
}
