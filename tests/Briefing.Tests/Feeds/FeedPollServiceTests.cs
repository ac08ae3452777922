using Briefing.Articles;
using Briefing.Feeds;
using Briefing.Storage;
using Briefing.Tests.Articles;
using Briefing.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Briefing.Tests.Feeds;

/// <summary>Feed subscriptions and polling against the real feed store, with the test database's fake clock.</summary>
public sealed class FeedPollServiceTests(DatabaseFixture fixture) : FeedSiteTest, IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Adding_a_feed_validates_it_and_stores_its_title(string provider)
    {
        await using var db = await IngestionDatabase.CreateAsync(fixture, provider);
        var services = db.CreateServices(IngestionDatabase.LoopbackAllowed);

        var feed = await services.Get<FeedPollService>().AddFeedAsync(Site.Url("/feed.xml").AbsoluteUri, 5UL, None);

        var stored = await db.Get<IFeedStore>().GetAsync(feed.Id, None);
        Assert.Equal("Civic Ledger", stored!.Title);
        Assert.Equal(5UL, stored.GuildId);
        Assert.Null(stored.ETag);
        Assert.Equal(0, await db.Get<IArticleStore>().CountAsync(None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_page_that_is_not_a_feed_is_refused_and_not_subscribed(string provider)
    {
        await using var db = await IngestionDatabase.CreateAsync(fixture, provider);
        var services = db.CreateServices(IngestionDatabase.LoopbackAllowed);
        var url = Site.Url("/2025/water-pipes").AbsoluteUri;

        var error = await Assert.ThrowsAsync<IngestionException>(() => services.Get<FeedPollService>().AddFeedAsync(url, 5UL, None));

        Assert.Equal(IngestionFailure.UnparsableFeed, error.Reason);
        Assert.StartsWith($"{url}: unparsable feed", error.Message, StringComparison.Ordinal);
        Assert.Empty(await db.Get<IFeedStore>().ListAsync(5UL, None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_due_feed_is_ingested_and_a_304_afterwards_re_ingests_nothing(string provider)
    {
        await using var db = await IngestionDatabase.CreateAsync(fixture, provider);
        var services = db.CreateServices(IngestionDatabase.LoopbackAllowed);
        var feedXml = FeedSite.FeedXml(Site);
        Site.Map("/feed.xml", async context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"rev-1\"")
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.Headers.ETag = "\"rev-1\"";
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(feedXml);
        });
        var poller = services.Get<FeedPollService>();
        var feed = await poller.AddFeedAsync(Site.Url("/feed.xml").AbsoluteUri, null, None);
        var store = db.Get<IArticleStore>();

        var first = Assert.Single(await poller.PollDueAsync(None));
        Assert.Equal(2, first.Items.Count(i => i.Result is not null));
        Assert.Equal(2, await store.CountAsync(None));
        var articles = await store.ListAsync(null, 10, None);
        Assert.All(articles, a => Assert.Equal($"feed:{feed.Id}", a.Origin));

        Assert.Empty(await poller.PollDueAsync(None));
        db.Time.Advance(TimeSpan.FromMinutes(30));
        var pagesFetched = Site.Requests.Count(r => r.Path == "/2025/water-pipes");
        var second = Assert.Single(await poller.PollDueAsync(None));

        Assert.True(second.NotModified);
        Assert.Equal("\"rev-1\"", Site.Requests.Last(r => r.Path == "/feed.xml").IfNoneMatch);
        Assert.Equal(pagesFetched, Site.Requests.Count(r => r.Path == "/2025/water-pipes"));
        Assert.Equal(2, await store.CountAsync(None));
        var polled = await db.Get<IFeedStore>().GetAsync(feed.Id, None);
        Assert.Equal(db.Time.GetUtcNow() + TimeSpan.FromMinutes(30), polled!.NextPollAt);
        Assert.Equal(0, polled.FailureCount);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Failures_back_off_exponentially_and_disable_the_feed(string provider)
    {
        await using var db = await IngestionDatabase.CreateAsync(fixture, provider);
        var services = db.CreateServices(new Dictionary<string, string?>(IngestionDatabase.LoopbackAllowed)
        {
            [$"{FeedOptions.Section}:DisableAfterFailures"] = "3",
            [$"{FeedOptions.Section}:PollInterval"] = "00:10:00",
        });
        Site.Map("/down.xml", context =>
        {
            context.Response.StatusCode = 500;
            return Task.CompletedTask;
        });
        var url = Site.Url("/down.xml").AbsoluteUri;
        var feeds = db.Get<IFeedStore>();
        var feed = await feeds.AddAsync(url, null, db.Time.GetUtcNow(), None);
        var poller = services.Get<FeedPollService>();
        TimeSpan[] expectedWaits = [TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(20)];

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var result = Assert.Single(await poller.PollDueAsync(None));
            Assert.Equal($"{url}: unreachable (HTTP 500 Internal Server Error)", result.Error);
            var state = await feeds.GetAsync(feed.Id, None);
            Assert.Equal(attempt, state!.FailureCount);
            Assert.False(state.Disabled);
            Assert.Equal(db.Time.GetUtcNow() + expectedWaits[attempt - 1], state.NextPollAt);
            db.Time.Advance(expectedWaits[attempt - 1]);
        }

        var last = Assert.Single(await poller.PollDueAsync(None));
        Assert.True(last.Disabled);
        Assert.True((await feeds.GetAsync(feed.Id, None))!.Disabled);
        db.Time.Advance(TimeSpan.FromDays(2));
        Assert.Empty(await poller.PollDueAsync(None));
        Assert.Equal(0, await db.Get<IArticleStore>().CountAsync(None));
    }
    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Two_instances_polling_at_once_poll_a_due_feed_once(string provider)
    {
        await using var db = await IngestionDatabase.CreateAsync(fixture, provider);
        var first = db.CreateServices(IngestionDatabase.LoopbackAllowed).Get<FeedPollService>();
        var second = db.CreateServices(IngestionDatabase.LoopbackAllowed).Get<FeedPollService>();
        await first.AddFeedAsync(Site.Url("/feed.xml").AbsoluteUri, null, None);
        var fetchesBefore = Site.Requests.Count(r => r.Path == "/feed.xml");

        var results = await Task.WhenAll(first.PollDueAsync(None), second.PollDueAsync(None));

        Assert.Equal(1, results.Sum(r => r.Count));
        Assert.Equal(fetchesBefore + 1, Site.Requests.Count(r => r.Path == "/feed.xml"));
        Assert.Equal(2, await db.Get<IArticleStore>().CountAsync(None));
    }
}
