using Briefing.Articles;
using Briefing.Retrieval;
using Briefing.Storage;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Library;

/// <summary>Autocomplete's title lookups, on both providers: matching, ranking, scope and hostile input.</summary>
public sealed class TitleSuggestionStoreTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const ulong GuildA = 111111111111111111;
    private const ulong GuildB = 222222222222222222;
    private const ulong UserX = 333333333333333333;
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Titles_starting_with_the_text_come_first_then_other_matches_each_newest_first(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var olderPrefix = await SaveAsync(db, "Harbour dredging, revisited", 1);
        var inside = await SaveAsync(db, "Why the harbour expansion will strain the river towns", 2);
        var newerPrefix = await SaveAsync(db, "HARBOUR fees and the freight lobby", 3);
        await SaveAsync(db, "Orchards are quietly moving north", 4);

        var found = await db.Get<ITitleSuggestionStore>().SuggestAsync("harbour", ArticleScope.Guild(GuildA), ownedOnly: false, 25, None);

        Assert.Equal([newerPrefix, olderPrefix, inside], found.Select(s => s.ArticleId));
        Assert.Equal("HARBOUR fees and the freight lobby", found[0].Title);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Empty_text_gives_the_newest_titles_up_to_the_limit(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var ids = new List<long>();
        for (var n = 1; n <= 30; n++) ids.Add(await SaveAsync(db, $"Field note number {n}", n));

        var found = await db.Get<ITitleSuggestionStore>().SuggestAsync("  ", ArticleScope.Guild(GuildA), ownedOnly: false, 25, None);

        Assert.Equal(ids.AsEnumerable().Reverse().Take(25), found.Select(s => s.ArticleId));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_typed_id_puts_that_article_first(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var first = await SaveAsync(db, "Field note number 1", 1);
        await SaveAsync(db, $"Field note about #{first}", 2);

        var found = await db.Get<ITitleSuggestionStore>().SuggestAsync($"#{first}", ArticleScope.Global, ownedOnly: false, 25, None);

        Assert.Equal(first, found[0].ArticleId);
        Assert.Equal(2, found.Count);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Suggestions_stay_in_the_scope_and_owned_only_leaves_out_the_global_library(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var global = await SaveAsync(db, "Tariff notes for everyone", 1);
        var ofA = await SaveAsync(db, "Tariff notes of guild A", 2, ArticleScope.Guild(GuildA));
        var ofB = await SaveAsync(db, "Tariff notes of guild B", 3, ArticleScope.Guild(GuildB));
        var ofX = await SaveAsync(db, "Tariff notes of user X", 4, ArticleScope.DirectMessages(UserX));
        var store = db.Get<ITitleSuggestionStore>();

        Assert.Equal([ofA, global], Ids(await store.SuggestAsync("tariff", ArticleScope.Guild(GuildA), false, 25, None)));
        Assert.Equal([ofB, global], Ids(await store.SuggestAsync("tariff", ArticleScope.Guild(GuildB), false, 25, None)));
        Assert.Equal([ofX, global], Ids(await store.SuggestAsync("tariff", ArticleScope.DirectMessages(UserX), false, 25, None)));
        Assert.Equal([ofA], Ids(await store.SuggestAsync("tariff", ArticleScope.Guild(GuildA), true, 25, None)));
        Assert.Equal([ofX], Ids(await store.SuggestAsync("", ArticleScope.DirectMessages(UserX), true, 25, None)));
        // Another guild's article is not offered even by its id.
        Assert.Equal([], Ids(await store.SuggestAsync(ofB.ToString(System.Globalization.CultureInfo.InvariantCulture), ArticleScope.Guild(GuildA), false, 25, None)));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Wildcards_and_quotes_in_the_text_match_literally(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var percent = await SaveAsync(db, "Why 50% of levies fail", 1);
        await SaveAsync(db, "Why 500 levies failed", 2);
        var quoted = await SaveAsync(db, @"The ""a_b"" test and O'Neil's \ slash", 3);
        var store = db.Get<ITitleSuggestionStore>();

        Assert.Equal([percent], Ids(await store.SuggestAsync("50%", ArticleScope.Global, false, 25, None)));
        Assert.Equal([quoted], Ids(await store.SuggestAsync(@"""a_b""", ArticleScope.Global, false, 25, None)));
        Assert.Equal([quoted], Ids(await store.SuggestAsync(@"O'Neil's \ s", ArticleScope.Global, false, 25, None)));
        Assert.Equal([], Ids(await store.SuggestAsync("'; DROP TABLE articles; --", ArticleScope.Global, false, 25, None)));
        Assert.Equal(3, await db.Get<IArticleStore>().CountAsync(None));
    }

    private static IEnumerable<long> Ids(IReadOnlyList<TitleSuggestion> suggestions) => suggestions.Select(s => s.ArticleId);

    private static async Task<long> SaveAsync(TestDatabase db, string title, int n, ArticleScope scope = default)
    {
        db.Time.Advance(TimeSpan.FromMinutes(1));
        var draft = ArticleDrafts.Numbered(n) with { Title = title, Url = $"https://example.net/titles/{n}", Paragraphs = [$"Body {n} about {title}."] };
        return (await db.Get<IArticleStore>().SaveAsync(draft.In(scope), None)).ArticleId;
    }
}
