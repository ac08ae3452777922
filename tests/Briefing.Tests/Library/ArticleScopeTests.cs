using Briefing.Storage;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Library;

public sealed class ArticleScopeTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const ulong GuildA = 111111111111111111;
    private const ulong GuildB = 222222222222222222;
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_guild_sees_global_articles_and_its_own_never_another_guilds(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var global = await store.SaveAsync(ArticleDrafts.Numbered(1), None);
        var ofA = await store.SaveAsync(ArticleDrafts.Numbered(2, GuildA), None);
        var ofB = await store.SaveAsync(ArticleDrafts.Numbered(3, GuildB), None);

        Assert.Equal([global.ArticleId], Ids(await store.SearchAsync("tide gauge", null, 10, None)));
        Assert.Equal([global.ArticleId, ofA.ArticleId], Ids(await store.SearchAsync("tide gauge", GuildA, 10, None)).Order());
        Assert.Equal([global.ArticleId, ofB.ArticleId], Ids(await store.SearchAsync("tide gauge", GuildB, 10, None)).Order());
        Assert.Equal([ofA.ArticleId, global.ArticleId], (await store.ListAsync(GuildA, 10, None)).Select(a => a.Id));
        Assert.DoesNotContain(ofB.ArticleId, (await store.ListFetchedSinceAsync(GuildA, db.Time.GetUtcNow().AddDays(-1), None)).Select(a => a.Id));
        Assert.Equal([global.ArticleId], (await store.ListAsync(null, 10, None)).Select(a => a.Id));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task The_same_url_in_two_guilds_stays_two_private_articles(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();

        var inA = await store.SaveAsync(ArticleDrafts.Orchards(guildId: GuildA), None);
        var inB = await store.SaveAsync(ArticleDrafts.Orchards(guildId: GuildB), None);

        Assert.NotEqual(inA.ArticleId, inB.ArticleId);
        Assert.Equal(ArticleSaveOutcome.Inserted, inB.Outcome);
        Assert.Equal([inB.ArticleId], Ids(await store.SearchAsync("apricots", GuildB, 10, None)));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_guild_saving_a_global_article_gets_the_global_one(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var global = await store.SaveAsync(ArticleDrafts.Orchards(), None);

        var again = await store.SaveAsync(ArticleDrafts.Orchards(guildId: GuildA), None);

        Assert.Equal(new ArticleSaveResult(global.ArticleId, ArticleSaveOutcome.Unchanged), again);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Only_the_owning_scope_can_remove_an_article(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var global = await store.SaveAsync(ArticleDrafts.Numbered(1), None);
        var ofA = await store.SaveAsync(ArticleDrafts.Numbered(2, GuildA), None);

        Assert.False(await store.RemoveAsync(ofA.ArticleId, GuildB, None));
        Assert.False(await store.RemoveAsync(global.ArticleId, GuildA, None));
        Assert.False(await store.RemoveAsync(ofA.ArticleId, null, None));
        Assert.True(await store.RemoveAsync(ofA.ArticleId, GuildA, None));
        Assert.True(await store.RemoveAsync(global.ArticleId, null, None));

        Assert.Equal(0, await store.CountAsync(None));
        Assert.Empty(await store.SearchAsync("tide", GuildA, 10, None));
        Assert.Null(await store.GetAsync(ofA.ArticleId, None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Lists_newest_first_and_fetched_since_oldest_first(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var ids = new List<long>();
        for (var n = 1; n <= 4; n++)
        {
            ids.Add((await store.SaveAsync(ArticleDrafts.Numbered(n), None)).ArticleId);
            db.Time.Advance(TimeSpan.FromMinutes(10));
        }

        var newest = await store.ListAsync(null, 3, None);
        var since = await store.ListFetchedSinceAsync(null, db.Time.GetUtcNow().AddMinutes(-25), None);

        Assert.Equal([ids[3], ids[2], ids[1]], newest.Select(a => a.Id));
        Assert.Equal([ids[2], ids[3]], since.Select(a => a.Id));
        Assert.All(newest, a => Assert.Single(a.Paragraphs));
    }

    private static IEnumerable<long> Ids(IReadOnlyList<SearchHit> hits) => hits.Select(h => h.ArticleId);
}
