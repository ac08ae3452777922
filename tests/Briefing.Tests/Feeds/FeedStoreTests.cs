using Briefing.Feeds;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Feeds;

public sealed class FeedStoreTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const ulong Guild = 333333333333333333;
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Adding_the_same_feed_twice_in_a_scope_returns_the_first(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var feeds = db.Get<IFeedStore>();
        var now = db.Time.GetUtcNow();

        var first = await feeds.AddAsync("https://example.org/feed.xml", Guild, now, None);
        var again = await feeds.AddAsync("HTTPS://example.org/feed.xml?utm_source=x", Guild, now.AddHours(1), None);
        var global = await feeds.AddAsync("https://example.org/feed.xml", null, now, None);

        Assert.Equal(first, again);
        Assert.NotEqual(first.Id, global.Id);
        Assert.Equal("https://example.org/feed.xml", first.Url);
        Assert.Equal(now, first.NextPollAt);
        Assert.Equal([first.Id], (await feeds.ListAsync(Guild, None)).Select(f => f.Id));
        Assert.Equal([global.Id], (await feeds.ListAsync(null, None)).Select(f => f.Id));
        Assert.False(await feeds.RemoveAsync(first.Id, null, None));
        Assert.True(await feeds.RemoveAsync(first.Id, Guild, None));
        Assert.Null(await feeds.GetAsync(first.Id, None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Failures_count_up_back_off_and_can_disable_then_a_success_resets(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var feeds = db.Get<IFeedStore>();
        var now = db.Time.GetUtcNow();
        var feed = await feeds.AddAsync("https://example.org/rss", null, now, None);

        await feeds.RecordFailureAsync(feed.Id, "timed out", now, now.AddMinutes(10), disable: false, None);
        await feeds.RecordFailureAsync(feed.Id, "unparsable feed", now.AddMinutes(10), now.AddMinutes(40), disable: false, None);
        var failing = await feeds.GetAsync(feed.Id, None);

        Assert.Equal(2, failing!.FailureCount);
        Assert.Equal("unparsable feed", failing.LastError);
        Assert.Equal(now.AddMinutes(10), failing.LastPolledAt);
        Assert.Equal(now.AddMinutes(40), failing.NextPollAt);
        Assert.Empty(await feeds.ListDueAsync(now.AddMinutes(39), 10, None));
        Assert.Single(await feeds.ListDueAsync(now.AddMinutes(40), 10, None));

        await feeds.RecordSuccessAsync(feed.Id, "Example News", "\"etag-1\"", "Mon, 02 Mar 2026 09:00:00 GMT", null, now.AddMinutes(40), now.AddHours(2), None);
        var healthy = await feeds.GetAsync(feed.Id, None);

        Assert.Equal(0, healthy!.FailureCount);
        Assert.Null(healthy.LastError);
        Assert.Equal("Example News", healthy.Title);
        Assert.Equal("\"etag-1\"", healthy.ETag);
        Assert.Equal("Mon, 02 Mar 2026 09:00:00 GMT", healthy.LastModified);

        await feeds.RecordFailureAsync(feed.Id, "not found", now.AddHours(2), now.AddHours(3), disable: true, None);
        var disabled = await feeds.GetAsync(feed.Id, None);
        Assert.True(disabled!.Disabled);
        Assert.Equal("Example News", disabled.Title);
        Assert.Empty(await feeds.ListDueAsync(now.AddDays(30), 10, None));
        Assert.Empty(await feeds.ClaimDueAsync(now.AddDays(30), TimeSpan.FromMinutes(5), 10, None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Due_feeds_are_claimed_by_one_instance_until_the_lease_ends(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var first = db.Get<IFeedStore>();
        var second = db.CreateServices().GetRequiredService<IFeedStore>();
        var now = db.Time.GetUtcNow();
        for (var i = 0; i < 6; i++)
        {
            await first.AddAsync($"https://example.org/feeds/{i}", null, now, None);
        }

        var claims = await Task.WhenAll(
            first.ClaimDueAsync(now, TimeSpan.FromMinutes(5), 4, None),
            second.ClaimDueAsync(now, TimeSpan.FromMinutes(5), 4, None));
        var claimedIds = claims.SelectMany(c => c).Select(f => f.Id).ToList();

        Assert.Equal(6, claimedIds.Count);
        Assert.Equal(6, claimedIds.Distinct().Count());
        Assert.Empty(await first.ClaimDueAsync(now.AddMinutes(4), TimeSpan.FromMinutes(5), 10, None));

        var released = claims[0][0];
        await first.RecordFailureAsync(released.Id, "timed out", now.AddMinutes(1), now.AddMinutes(2), disable: false, None);
        Assert.Equal([released.Id], (await second.ClaimDueAsync(now.AddMinutes(3), TimeSpan.FromMinutes(5), 10, None)).Select(f => f.Id));
        Assert.Equal(5, (await second.ClaimDueAsync(now.AddMinutes(6), TimeSpan.FromMinutes(5), 10, None)).Count);
    }
}
