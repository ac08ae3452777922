using Briefing.Storage;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Storage;

public sealed class SearchTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Each hostile query, and the plain words it must mean (null = no words, so no hits).</summary>
    public static TheoryData<string, string, string?> HostileQueries()
    {
        var data = new TheoryData<string, string, string?>();
        foreach (var provider in new[] { StorageProviders.Sqlite, StorageProviders.Postgres })
        {
            data.Add(provider, "\"dredging", "dredging");
            data.Add(provider, "dredging\"", "dredging");
            data.Add(provider, "(dredging", "dredging");
            data.Add(provider, "dredging)) OR ((", "dredging or");
            data.Add(provider, "NEAR(dredging silt)", "near dredging silt");
            data.Add(provider, "NEAR(dredging silt, 2", "near dredging silt 2");
            data.Add(provider, "dredging OR apricots", "dredging or apricots");
            data.Add(provider, "dredging AND NOT silt", "dredging and not silt");
            data.Add(provider, "dredg*", "dredg");
            data.Add(provider, "-silt dredging", "silt dredging");
            data.Add(provider, "^dredging", "dredging");
            data.Add(provider, "title:harbour", "title harbour");
            data.Add(provider, "body: silt", "body silt");
            data.Add(provider, "silt\0\u0001\u001b[31m\u007f", "silt 31m");
            data.Add(provider, "silt & !harbour | <-> :* 'x'", "silt harbour x");
            data.Add(provider, "{title body}: silt", "title body silt");
            data.Add(provider, "silt \u0301", "silt");
            data.Add(provider, "\u0301\u0308", null);
            data.Add(provider, "silt \U0001F30A \u200D \u202E", "silt");
            data.Add(provider, "", null);
            data.Add(provider, "   \t\n ", null);
            data.Add(provider, "\"\"()*^-:!&|<>", null);
            data.Add(provider, string.Concat(Enumerable.Repeat("(\"silt\" OR ", 1000)), "silt or");
            data.Add(provider, new string('"', 10_240), null);
        }

        return data;
    }

    [SkippableTheory, MemberData(nameof(HostileQueries))]
    public async Task Hostile_queries_neither_crash_nor_change_meaning(string provider, string hostile, string? plainWords)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        await store.SaveAsync(ArticleDrafts.Harbour(), None);
        await store.SaveAsync(ArticleDrafts.Orchards(), None);

        var hits = await store.SearchAsync(hostile, null, 10, None);

        if (plainWords is null)
        {
            Assert.Empty(hits);
        }
        else
        {
            var plain = await store.SearchAsync(plainWords, null, 10, None);
            Assert.Equal(plain.Select(h => h.ArticleId), hits.Select(h => h.ArticleId));
        }
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_ten_kilobyte_query_of_words_answers_without_error(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        await store.SaveAsync(ArticleDrafts.Harbour(), None);
        var huge = "dredging " + string.Concat(Enumerable.Range(0, 2000).Select(i => $"w{i} "));

        var hits = await store.SearchAsync(huge[..10_240], null, 10, None);

        Assert.Single(hits);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Not_is_a_word_not_an_operator(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        await store.SaveAsync(ArticleDrafts.Harbour(), None);
        await store.SaveAsync(ArticleDrafts.Orchards(), None);

        // The harbour essay holds both "silt" and "dredging". As an operator, NOT would exclude it and find
        // nothing; as a word it is just one more term, so the essay is found.
        var notOperator = await store.SearchAsync("silt NOT dredging", null, 10, None);

        Assert.Single(notOperator);
        Assert.Contains("silt", notOperator[0].Snippet, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task All_words_first_then_any_word(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var harbour = await store.SaveAsync(ArticleDrafts.Harbour(), None);
        var orchards = await store.SaveAsync(ArticleDrafts.Orchards(), None);

        var both = await store.SearchAsync("dredging silt", null, 10, None);
        var either = await store.SearchAsync("silt apricots", null, 10, None);

        Assert.Equal([harbour.ArticleId], both.Select(h => h.ArticleId));
        Assert.Equal([harbour.ArticleId, orchards.ArticleId], either.Select(h => h.ArticleId).Order());
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task The_fallback_puts_articles_with_more_of_the_words_first_and_fills_the_page_from_any_word(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var two = await store.SaveAsync(ArticleDrafts.Numbered(1) with { Paragraphs = ["Tidal silt and tidal gravel clog the channel."] }, None);
        var oneA = await store.SaveAsync(ArticleDrafts.Numbered(2) with { Paragraphs = ["Silt, and more silt, and silt again along the banks."] }, None);
        var oneB = await store.SaveAsync(ArticleDrafts.Numbered(3) with { Paragraphs = ["Gravel for the new road arrived from the quarry."] }, None);
        await store.SaveAsync(ArticleDrafts.Numbered(4) with { Paragraphs = ["Nothing here is about rivers at all."] }, None);

        // No article holds all three words: the one holding two comes first, then those holding one fill the page.
        var page = await store.SearchAsync("silt gravel lagoon", null, 10, None);
        var first = await store.SearchAsync("silt gravel lagoon", null, 1, None);

        Assert.Equal(two.ArticleId, page[0].ArticleId);
        Assert.Equal([oneA.ArticleId, oneB.ArticleId], page.Skip(1).Select(h => h.ArticleId).Order());
        Assert.Equal([two.ArticleId], first.Select(h => h.ArticleId));
        Assert.All(page, hit => Assert.Contains("**", hit.Snippet));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_smaller_page_of_the_fallback_is_the_start_of_a_larger_one(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        await store.SaveAsync(ArticleDrafts.Harbour(), None);
        await store.SaveAsync(ArticleDrafts.Orchards(), None);
        await store.SaveAsync(ArticleDrafts.Numbered(5) with { Paragraphs = ["Apricots, silt and gravel: a mixed cargo."] }, None);

        // A page of one stops at the first step that fills it; a page of ten goes on to any word.
        var one = await store.SearchAsync("dredging silt apricots", null, 1, None);
        var ten = await store.SearchAsync("dredging silt apricots", null, 10, None);

        Assert.Equal(3, ten.Count);
        Assert.Equal(ten.Take(1).Select(h => (h.ArticleId, h.Score)), one.Select(h => (h.ArticleId, h.Score)));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Openings_give_title_url_and_first_paragraph_of_existing_articles_only(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var harbour = await store.SaveAsync(ArticleDrafts.Harbour(), None);
        var orchards = await store.SaveAsync(ArticleDrafts.Orchards(), None);

        var openings = await store.GetOpeningsAsync([harbour.ArticleId, orchards.ArticleId, 987_654], None);

        Assert.Equal([harbour.ArticleId, orchards.ArticleId], openings.Select(o => o.ArticleId).Order());
        var first = openings.Single(o => o.ArticleId == harbour.ArticleId);
        Assert.Equal("Why the harbour expansion will strain the river towns", first.Title);
        Assert.Equal("https://example.org/essays/harbour", first.Url);
        Assert.StartsWith("The port authority argues", first.FirstParagraph);
        Assert.Empty(await store.GetOpeningsAsync([], None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_visible_match_ranked_below_many_hidden_ones_is_still_found(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        // Sixty articles of another guild that rank high (the word in the title), one global article that ranks low.
        await store.SaveManyAsync(Enumerable.Range(1, 60).Select(n => ArticleDrafts.Numbered(n, guildId: 8) with { Title = $"Dredging report {n}" }).ToList(), None);
        var global = await store.SaveAsync(ArticleDrafts.Harbour(), None);

        var fromGlobal = await store.SearchAsync("dredging", null, 10, None);
        var fromGuild = await store.SearchAsync("dredging", 8UL, 100, None);

        Assert.Equal([global.ArticleId], fromGlobal.Select(h => h.ArticleId));
        Assert.Equal(61, fromGuild.Count);
        Assert.Equal(global.ArticleId, fromGuild[^1].ArticleId);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Stems_match_and_a_title_match_ranks_above_a_body_match(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var inBody = await store.SaveAsync(ArticleDrafts.Numbered(7) with { Paragraphs = ["A long report on many things, among them orchards, tides, harbours and roads."] }, None);
        var inTitle = await store.SaveAsync(ArticleDrafts.Orchards(), None);

        var hits = await store.SearchAsync("orchard", null, 10, None);

        Assert.Equal([inTitle.ArticleId, inBody.ArticleId], hits.Select(h => h.ArticleId));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Hits_carry_title_url_and_a_highlighted_snippet_from_the_body(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        await store.SaveAsync(ArticleDrafts.Harbour(), None);

        var hit = Assert.Single(await store.SearchAsync("grants", null, 10, None));

        Assert.Equal("Why the harbour expansion will strain the river towns", hit.Title);
        Assert.Equal("https://example.org/essays/harbour", hit.Url);
        Assert.Contains("**grants**", hit.Snippet);
        Assert.True(hit.Snippet.Length < 400);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_title_only_match_still_gets_a_snippet_from_the_start_of_the_body(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        await store.SaveAsync(ArticleDrafts.Harbour(), None);

        var hit = Assert.Single(await store.SearchAsync("expansion", null, 10, None));

        Assert.StartsWith("The port authority argues", hit.Snippet);
        Assert.DoesNotContain("**", hit.Snippet);
    }
}
