using Briefing.Digests;
using Briefing.Feeds;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Digests;

/// <summary>Every verdict of <c>/digest explain</c> from real records, on both providers.</summary>
public sealed class DigestExplainerTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const ulong Guild = 7;
    private const ulong Channel = 5100;
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Explain_names_the_message_or_the_recorded_reason(string provider)
    {
        var channel = new FakeDigestChannel();
        await using var db = await DigestStoreBed.CreateAsync(fixture, provider, channel);
        var old = await db.AddAsync("Grain exports resume from Odesa", "Ships carrying grain left Odesa for the first time in months.", "https://news.example.org/odesa");
        db.Time.Advance(TimeSpan.FromDays(2));
        var subscriptions = db.Get<IDigestSubscriptionStore>();
        await subscriptions.UpsertAsync(new DigestSubscription
        {
            GuildId = Guild,
            ChannelId = Channel,
            LocalTime = new TimeOnly(8, 0),
            TimeZone = "UTC",
            Topics = ["grain", "ports"],
            CreatedAt = db.Time.GetUtcNow(),
        }, None);
        var grain = await db.AddAsync("Grain deal extended for a year", "Negotiators in Istanbul extended the grain corridor by twelve months.", "https://news.example.org/grain");
        await db.AddAsync("Grain deal extended (wire copy)", "Negotiators in Istanbul extended the grain corridor by twelve months.", "https://wire.example.com/grain-copy");
        var football = await db.AddAsync("Cup final goes to penalties", "The final ended level after extra time.", "https://news.example.org/final");
        var otherServer = await db.AddAsync("A private memo", "Only server 8 has this.", "https://news.example.org/memo", guildId: 8);
        db.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(DigestOutcome.Posted, (await db.Get<DigestDelivery>().RunDueAsync(None))[Channel]);
        var ports = await db.AddAsync("Ports reopen after the strike", "Dockworkers returned to the ports after a pay deal.", "https://news.example.org/ports");
        var feed = await db.Get<IFeedStore>().AddAsync("https://feeds.example.net/rss", Guild, db.Time.GetUtcNow(), None);
        await db.Get<IFeedStore>().RecordFailureAsync(feed.Id, "503 Service Unavailable", db.Time.GetUtcNow(), db.Time.GetUtcNow().AddHours(1), disable: true, None);
        var explainer = db.Get<DigestExplainer>();

        var delivered = await explainer.ExplainAsync(Guild, Channel, "https://news.example.org/grain?utm_source=x", None);
        var duplicate = await explainer.ExplainAsync(Guild, Channel, "https://wire.example.com/grain-copy", None);
        var filtered = await explainer.ExplainAsync(Guild, Channel, "https://news.example.org/final", None);
        var before = await explainer.ExplainAsync(Guild, Channel, "https://news.example.org/odesa", None);
        var later = await explainer.ExplainAsync(Guild, Channel, "https://news.example.org/ports", None);
        var feedItem = await explainer.ExplainAsync(Guild, Channel, "https://feeds.example.net/items/1", None);
        var hidden = await explainer.ExplainAsync(Guild, Channel, "https://news.example.org/memo", None);
        var unknown = await explainer.ExplainAsync(Guild, Channel, "https://nowhere.example/x", None);
        var noDigest = await explainer.ExplainAsync(Guild, Channel + 1, "https://news.example.org/grain", None);

        var (_, page) = Assert.Single(channel.Messages);
        Assert.Equal(ExplainVerdict.Delivered, delivered.Verdict);
        Assert.Equal(grain, delivered.Article!.Id);
        Assert.Equal(grain, Assert.Single(page.Entries).ArticleId);
        Assert.Equal("digest:5100:2026-03-05", delivered.Delivery!.DeliveryKey);
        Assert.False(string.IsNullOrEmpty(delivered.Delivery.MessageId));
        Assert.Equal((ExplainVerdict.Duplicate, grain, ExplainVerdict.Delivered), (duplicate.Verdict, duplicate.Article!.Id, duplicate.Original!.Verdict));
        Assert.Equal((ExplainVerdict.OutsideTopics, football), (filtered.Verdict, filtered.Article!.Id));
        Assert.Equal((ExplainVerdict.SubscribedLater, old), (before.Verdict, before.Article!.Id));
        Assert.Equal((ExplainVerdict.AfterLastDigest, ports), (later.Verdict, later.Article!.Id));
        Assert.Equal(new DateTimeOffset(2026, 3, 6, 8, 0, 0, TimeSpan.Zero), later.NextDigest);
        Assert.Equal((ExplainVerdict.FeedTrouble, feed.Id, "503 Service Unavailable"), (feedItem.Verdict, feedItem.Feed!.FeedId, feedItem.Feed.LastError));
        Assert.True(feedItem.Feed.Disabled);
        Assert.Equal(ExplainVerdict.NotVisibleHere, hidden.Verdict);
        Assert.NotEqual(0, otherServer);
        Assert.Equal(ExplainVerdict.NotInLibrary, unknown.Verdict);
        Assert.Equal(ExplainVerdict.NoSubscription, noDigest.Verdict);
    }
}
