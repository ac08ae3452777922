using Briefing.Conversations;
using Briefing.Storage;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Library;

public sealed class ConversationStoreTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const ulong Thread = 1300000000000000001;
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_bound_thread_knows_its_article_and_an_unknown_thread_does_not(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var article = await db.Get<IArticleStore>().SaveAsync(ArticleDrafts.Harbour(), None);
        var store = db.Get<IConversationStore>();

        await store.BindThreadAsync(Thread, 99, article.ArticleId, db.Time.GetUtcNow(), None);

        Assert.Equal(article.ArticleId, await store.GetThreadArticleAsync(Thread, None));
        Assert.Null(await store.GetThreadArticleAsync(Thread + 1, None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task History_is_trimmed_to_the_newest_turns_and_read_oldest_first(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IConversationStore>();
        for (var i = 1; i <= 7; i++)
        {
            var role = i % 2 == 1 ? ConversationRole.User : ConversationRole.Bot;
            await store.AppendTurnAsync(Thread, new ConversationTurn(role, $"turn {i}", db.Time.GetUtcNow()), keep: 4, None);
            db.Time.Advance(TimeSpan.FromSeconds(30));
        }

        var all = await store.GetTurnsAsync(Thread, 100, None);
        var lastTwo = await store.GetTurnsAsync(Thread, 2, None);

        Assert.Equal(["turn 4", "turn 5", "turn 6", "turn 7"], all.Select(t => t.Text));
        Assert.Equal([ConversationRole.Bot, ConversationRole.User, ConversationRole.Bot, ConversationRole.User], all.Select(t => t.Role));
        Assert.Equal(db.Time.GetUtcNow().AddSeconds(-30), all[^1].At);
        Assert.Equal(["turn 6", "turn 7"], lastTwo.Select(t => t.Text));
        Assert.Empty(await store.GetTurnsAsync(Thread + 1, 10, None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Rebinding_to_another_article_forgets_the_history_and_rebinding_to_the_same_keeps_it(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var first = await db.Get<IArticleStore>().SaveAsync(ArticleDrafts.Harbour(), None);
        var second = await db.Get<IArticleStore>().SaveAsync(ArticleDrafts.Orchards(), None);
        var store = db.Get<IConversationStore>();
        await store.BindThreadAsync(Thread, null, first.ArticleId, db.Time.GetUtcNow(), None);
        await store.AppendTurnAsync(Thread, new ConversationTurn(ConversationRole.User, "about the harbour", db.Time.GetUtcNow()), keep: 10, None);

        await store.BindThreadAsync(Thread, null, first.ArticleId, db.Time.GetUtcNow(), None);
        Assert.Single(await store.GetTurnsAsync(Thread, 10, None));

        await store.BindThreadAsync(Thread, null, second.ArticleId, db.Time.GetUtcNow(), None);
        Assert.Empty(await store.GetTurnsAsync(Thread, 10, None));
        Assert.Equal(second.ArticleId, await store.GetThreadArticleAsync(Thread, None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Removing_the_article_unbinds_its_threads(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var articles = db.Get<IArticleStore>();
        var article = await articles.SaveAsync(ArticleDrafts.Orchards(), None);
        var store = db.Get<IConversationStore>();
        await store.BindThreadAsync(Thread, null, article.ArticleId, db.Time.GetUtcNow(), None);

        await articles.RemoveAsync(article.ArticleId, null, None);

        Assert.Null(await store.GetThreadArticleAsync(Thread, None));
    }
}
