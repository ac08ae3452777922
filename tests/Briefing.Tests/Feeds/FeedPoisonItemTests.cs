using Briefing.Articles;
using Briefing.Feeds;
using Briefing.Ingestion;
using Briefing.Storage;
using Briefing.Tests.Articles;
using Briefing.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Tests.Feeds;

/// <summary>
/// One bad item, or one feed whose poll throws, never stops the rest of a claimed batch: the item is skipped and
/// named in its feed's last error, a feed-level fault is that feed's failure (backoff), and every other feed is polled.
/// </summary>
public sealed class FeedPoisonItemTests(DatabaseFixture fixture) : FeedSiteTest, IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task An_item_the_store_refuses_is_skipped_and_named_while_its_feed_and_the_next_feed_go_in(string provider)
    {
        var poison = Site.Url("/poison").AbsoluteUri;
        await using var db = await CreateAsync(provider, services => services.Replace(ServiceDescriptor.Singleton<IArticleStore>(sp =>
            FaultInjector<IArticleStore>.Wrap(ActivatorUtilities.CreateInstance<ArticleStore>(sp),
                (method, args) => method == nameof(IArticleStore.SaveAsync) && ((ArticleDraft)args[0]!).Url == poison))));
        PoisonFeeds.Serve(Site, "/first.xml", "First",
            PoisonFeeds.Item(Site, "poison", "Refused by the store", PoisonFeeds.Body("roads")),
            PoisonFeeds.Item(Site, "good-one", "A good item", PoisonFeeds.Body("schools")));
        PoisonFeeds.Serve(Site, "/second.xml", "Second", PoisonFeeds.Item(Site, "good-two", "Another good item", PoisonFeeds.Body("bridges")));
        var (first, second, poller) = await AddTwoFeedsAsync(db);

        var results = await poller.PollDueAsync(None);

        Assert.Equal([first.Id, second.Id], results.Select(r => r.FeedId).ToArray());
        Assert.All(results, r => Assert.Null(r.Error));
        var skipped = Assert.Single(results[0].Items, i => i.Error is not null);
        Assert.Equal($"{poison}: {FeedItemIngestor.CouldNotStore}", skipped.Error);
        var titles = (await db.Get<IArticleStore>().ListAsync(null, 10, None)).Select(a => a.Title).Order().ToArray();
        Assert.Equal(["A good item", "Another good item"], titles);
        var state = await db.Get<IFeedStore>().GetAsync(first.Id, None);
        Assert.Equal(0, state!.FailureCount);
        Assert.Equal($"1 item skipped: {poison}: {FeedItemIngestor.CouldNotStore}", state.LastError);
        Assert.Equal(db.Time.GetUtcNow() + TimeSpan.FromMinutes(30), state.NextPollAt);
        Assert.Null((await db.Get<IFeedStore>().GetAsync(second.Id, None))!.LastError);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_feed_whose_poll_throws_backs_off_and_the_rest_of_the_batch_is_still_polled(string provider)
    {
        long? broken = null;
        await using var db = await CreateAsync(provider, services => services.Replace(ServiceDescriptor.Singleton<IFeedStore>(sp =>
            FaultInjector<IFeedStore>.Wrap(ActivatorUtilities.CreateInstance<FeedStore>(sp),
                (method, args) => method == nameof(IFeedStore.RecordSuccessAsync) && (long)args[0]! == broken))));
        PoisonFeeds.Serve(Site, "/first.xml", "First", PoisonFeeds.Item(Site, "one", "One", PoisonFeeds.Body("roads")));
        PoisonFeeds.Serve(Site, "/second.xml", "Second", PoisonFeeds.Item(Site, "two", "Two", PoisonFeeds.Body("bridges")));
        var (first, second, poller) = await AddTwoFeedsAsync(db);
        broken = first.Id;

        var results = await poller.PollDueAsync(None);

        Assert.Equal($"{first.Url}: {FeedPollService.CouldNotPoll}", results[0].Error);
        Assert.Null(results[1].Error);
        var state = await db.Get<IFeedStore>().GetAsync(first.Id, None);
        Assert.Equal(1, state!.FailureCount);
        Assert.Equal(db.Time.GetUtcNow() + TimeSpan.FromMinutes(30), state.NextPollAt);
        Assert.Equal(0, (await db.Get<IFeedStore>().GetAsync(second.Id, None))!.FailureCount);
        Assert.Equal(2, await db.Get<IArticleStore>().CountAsync(None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_feed_whose_failure_cannot_even_be_recorded_does_not_abort_the_batch(string provider)
    {
        long? broken = null;
        await using var db = await CreateAsync(provider, services => services.Replace(ServiceDescriptor.Singleton<IFeedStore>(sp =>
            FaultInjector<IFeedStore>.Wrap(ActivatorUtilities.CreateInstance<FeedStore>(sp),
                (method, args) => method.StartsWith("Record", StringComparison.Ordinal) && (long)args[0]! == broken))));
        PoisonFeeds.Serve(Site, "/first.xml", "First", PoisonFeeds.Item(Site, "one", "One", PoisonFeeds.Body("roads")));
        PoisonFeeds.Serve(Site, "/second.xml", "Second", PoisonFeeds.Item(Site, "two", "Two", PoisonFeeds.Body("bridges")));
        var (first, second, poller) = await AddTwoFeedsAsync(db);
        broken = first.Id;

        var results = await poller.PollDueAsync(None);

        Assert.Equal(2, results.Count);
        Assert.Equal($"{first.Url}: {FeedPollService.CouldNotPoll}", results[0].Error);
        Assert.Null(results[1].Error);
        Assert.NotNull((await db.Get<IFeedStore>().GetAsync(second.Id, None))!.LastPolledAt);
    }

    /// <summary>
    /// A paragraph over the schema's 100,000 characters and text with NUL characters (refused by PostgreSQL): whether
    /// ingestion normalises them into storable text or the store refuses them, the feed's other item goes in, the poll
    /// succeeds, and the next feed is polled.
    /// </summary>
    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Oversized_and_nul_items_never_stop_their_feed_or_the_next_one(string provider)
    {
        await using var db = await CreateAsync(provider, _ => { });
        var huge = "<p>" + string.Join(' ', Enumerable.Repeat("overlong", 15_000)) + "</p>";
        Site.MapContent("/nul", "text/plain; charset=utf-8",
            "Nul bytes\n\nThe council\0 minutes arrived with stray\0 bytes in every line of the budget table.\n\nThe treasurer\0 said the figures were final.");
        PoisonFeeds.Serve(Site, "/first.xml", "First",
            PoisonFeeds.Item(Site, "huge", "One enormous paragraph", huge),
            "<item><title>Nul bytes</title><link>" + Site.Url("/nul") + "</link><description>Teaser…</description></item>",
            PoisonFeeds.Item(Site, "good-one", "A good item", PoisonFeeds.Body("schools")));
        PoisonFeeds.Serve(Site, "/second.xml", "Second", PoisonFeeds.Item(Site, "good-two", "Another good item", PoisonFeeds.Body("bridges")));
        var (first, second, poller) = await AddTwoFeedsAsync(db);

        var results = await poller.PollDueAsync(None);

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(3, results[0].Items.Count);
        // Each hostile item is either stored (normalised) or skipped with a reason, never half-written.
        Assert.All(results[0].Items, item => Assert.True(item.Result is not null ^ item.Error is not null));
        var titles = (await db.Get<IArticleStore>().ListAsync(null, 10, None)).Select(a => a.Title).ToList();
        Assert.Contains("A good item", titles);
        Assert.Contains("Another good item", titles);
        Assert.Equal(results[0].Items.Count(i => i.Result is not null) + 1, titles.Count);
        Assert.Equal(0, (await db.Get<IFeedStore>().GetAsync(first.Id, None))!.FailureCount);
        Assert.Equal(0, (await db.Get<IFeedStore>().GetAsync(second.Id, None))!.FailureCount);
    }

    private Task<TestDatabase> CreateAsync(string provider, Action<IServiceCollection> fault) =>
        fixture.CreateAsync(provider, services =>
        {
            var configuration = new ConfigurationBuilder().Build();
            services.AddArticles(configuration).AddIngestion().AddFeeds(configuration);
            fault(services);
        });

    private async Task<(Feed First, Feed Second, FeedPollService Poller)> AddTwoFeedsAsync(TestDatabase db)
    {
        var poller = db.CreateServices(IngestionDatabase.LoopbackAllowed).Get<FeedPollService>();
        var first = await poller.AddFeedAsync(Site.Url("/first.xml").AbsoluteUri, null, None);
        var second = await poller.AddFeedAsync(Site.Url("/second.xml").AbsoluteUri, null, None);
        return (first, second, poller);
    }
}
