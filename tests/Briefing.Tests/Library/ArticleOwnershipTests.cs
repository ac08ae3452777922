using Briefing.Articles;
using Briefing.Storage;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Library;

/// <summary>Direct-message articles, digest holds and the global library's protection, on both providers.</summary>
public sealed class ArticleOwnershipTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const ulong GuildA = 111111111111111111;
    private const ulong GuildB = 222222222222222222;
    private const ulong UserX = 333333333333333333;
    private const ulong UserY = 444444444444444444;
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_direct_message_article_is_seen_only_by_its_owner_in_direct_messages(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var global = await store.SaveAsync(ArticleDrafts.Numbered(1), None);
        var ofX = await store.SaveAsync(ArticleDrafts.Numbered(2).In(ArticleScope.DirectMessages(UserX)), None);

        var stored = await store.GetAsync(ofX.ArticleId, None);
        Assert.Equal(UserX, stored!.OwnerUserId);
        Assert.Null(stored.GuildId);
        Assert.Equal([global.ArticleId, ofX.ArticleId], Ids(await store.SearchAsync("tide gauge", ArticleScope.DirectMessages(UserX), 10, None)).Order());
        foreach (var other in new[] { ArticleScope.DirectMessages(UserY), ArticleScope.Guild(GuildA), ArticleScope.Global })
        {
            Assert.Equal([global.ArticleId], Ids(await store.SearchAsync("tide gauge", other, 10, None)));
            Assert.Equal([global.ArticleId], (await store.ListAsync(other, 10, None)).Select(a => a.Id));
            Assert.Equal([global.ArticleId], (await store.ListFetchedSinceAsync(other, db.Time.GetUtcNow().AddDays(-1), None)).Select(a => a.Id));
            Assert.False(other.CanSee(stored));
            Assert.False(await store.RemoveAsync(ofX.ArticleId, other, None));
        }

        Assert.True(ArticleScope.DirectMessages(UserX).CanSee(stored));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task The_same_link_from_a_direct_message_and_the_global_library_stay_apart(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var ofX = await store.SaveAsync(ArticleDrafts.Orchards().In(ArticleScope.DirectMessages(UserX)), None);

        var global = await store.SaveAsync(ArticleDrafts.Orchards(), None);
        var ofY = await store.SaveAsync(ArticleDrafts.Orchards().In(ArticleScope.DirectMessages(UserY)), None);

        Assert.Equal(ArticleSaveOutcome.Inserted, global.Outcome);
        Assert.NotEqual(ofX.ArticleId, global.ArticleId);
        // Y's copy dedupes into the global one, which Y already sees; X's private copy stays X's.
        Assert.Equal(new ArticleSaveResult(global.ArticleId, ArticleSaveOutcome.Unchanged), ofY);
        Assert.Null((await store.GetAsync(global.ArticleId, None))!.OwnerUserId);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_guild_re_adding_a_changed_global_article_gets_its_own_copy_and_the_global_one_stays(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var global = await store.SaveAsync(ArticleDrafts.Orchards(), None);
        var changed = ArticleDrafts.Orchards(guildId: GuildA) with
        {
            Title = "Orchards are moving north (rewritten)",
            Paragraphs = ["This server's text replaced the article: apricots are a hoax."],
        };

        var copy = await store.SaveAsync(changed, None);

        Assert.Equal(ArticleSaveOutcome.Inserted, copy.Outcome);
        Assert.NotEqual(global.ArticleId, copy.ArticleId);
        var original = await store.GetAsync(global.ArticleId, None);
        Assert.Equal("Orchards are quietly moving north", original!.Title);
        Assert.Null(original.GuildId);
        Assert.StartsWith("Growers in the valley", original.Paragraphs[0], StringComparison.Ordinal);
        Assert.Empty(await store.SearchAsync("hoax", ArticleScope.Global, 10, None));
        Assert.Equal([copy.ArticleId], Ids(await store.SearchAsync("hoax", GuildA, 10, None)));
        Assert.Equal(GuildA, (await store.GetAsync(copy.ArticleId, None))!.GuildId);
        // The guild reads its own version only; everyone else still reads the global one.
        Assert.Equal([copy.ArticleId], Ids(await store.SearchAsync("orchards", GuildA, 10, None)));
        Assert.Equal([copy.ArticleId], (await store.ListAsync(GuildA, 10, None)).Select(a => a.Id));
        Assert.Equal([copy.ArticleId], (await store.ListFetchedSinceAsync(GuildA, db.Time.GetUtcNow().AddDays(-1), None)).Select(a => a.Id));
        Assert.Equal([global.ArticleId], Ids(await store.SearchAsync("orchards", GuildB, 10, None)));
        Assert.Equal([global.ArticleId], (await store.ListAsync(ArticleScope.Global, 10, None)).Select(a => a.Id));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_held_article_stays_out_of_digests_until_saved_again_for_the_digest(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var since = db.Time.GetUtcNow();
        var held = await store.SaveAsync(ArticleDrafts.Harbour(guildId: GuildA) with { InDigest = false }, None);
        db.Time.Advance(TimeSpan.FromHours(1));

        Assert.Empty(await store.ListFetchedSinceAsync(GuildA, since, None));
        Assert.Equal([held.ArticleId], Ids(await store.SearchAsync("harbour", GuildA, 10, None)));
        // Saving it again as held (another member's link) changes nothing.
        Assert.Equal(ArticleSaveOutcome.Unchanged, (await store.SaveAsync(ArticleDrafts.Harbour(guildId: GuildA) with { InDigest = false }, None)).Outcome);
        Assert.Empty(await store.ListFetchedSinceAsync(GuildA, since, None));

        var added = await store.SaveAsync(ArticleDrafts.Harbour(guildId: GuildA), None);

        Assert.Equal(new ArticleSaveResult(held.ArticleId, ArticleSaveOutcome.Updated), added);
        // It enters the digest as of the manager's add, so a digest that already covered the member's link still gets it.
        var listed = Assert.Single(await store.ListFetchedSinceAsync(GuildA, db.Time.GetUtcNow(), None));
        Assert.Equal(held.ArticleId, listed.Id);
        Assert.True(listed.InDigest);
        // A member's later save never takes it out again.
        await store.SaveAsync(ArticleDrafts.Harbour(guildId: GuildA) with { InDigest = false }, None);
        Assert.Single(await store.ListFetchedSinceAsync(GuildA, since, None));
    }

    private static IEnumerable<long> Ids(IReadOnlyList<SearchHit> hits) => hits.Select(h => h.ArticleId);
}
