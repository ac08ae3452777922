using Briefing.Digests;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Digests;

public sealed class DigestSubscriptionStoreTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static DigestSubscription Subscription(ulong guild, ulong channel, DateTimeOffset createdAt) => new()
    {
        GuildId = guild,
        ChannelId = channel,
        LocalTime = new TimeOnly(7, 30),
        TimeZone = "Europe/Berlin",
        Topics = ["energy", "trade"],
        CreatedAt = createdAt,
    };

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Subscriptions_round_trip_and_list_per_guild_or_all(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IDigestSubscriptionStore>();
        var now = db.Time.GetUtcNow();
        var first = Subscription(10, 1001, now);
        await store.UpsertAsync(first, None);
        await store.UpsertAsync(Subscription(10, 1002, now), None);
        await store.UpsertAsync(Subscription(20, 2001, now), None);

        var read = await store.GetAsync(1001, None);

        Assert.Equal(first.LocalTime, read!.LocalTime);
        Assert.Equal(first.Topics, read.Topics);
        Assert.Equal(first with { Topics = read.Topics }, read);
        Assert.Equal([1001UL, 1002UL], (await store.ListAsync(10, None)).Select(s => s.ChannelId));
        Assert.Equal(3, (await store.ListAsync(null, None)).Count);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Changing_the_schedule_keeps_what_was_already_covered(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IDigestSubscriptionStore>();
        var now = db.Time.GetUtcNow();
        await store.UpsertAsync(Subscription(10, 1001, now), None);
        await store.MarkCoveredAsync(1001, now.AddHours(5), None);

        await store.UpsertAsync(Subscription(10, 1001, now.AddDays(1)) with { LocalTime = new TimeOnly(18, 0), Topics = [] }, None);
        var read = await store.GetAsync(1001, None);

        Assert.Equal(new TimeOnly(18, 0), read!.LocalTime);
        Assert.Empty(read.Topics);
        Assert.Equal(now.AddHours(5), read.LastCoveredUntil);
        Assert.Equal(now, read.CreatedAt);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Only_the_owning_guild_removes_a_subscription(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IDigestSubscriptionStore>();
        await store.UpsertAsync(Subscription(10, 1001, db.Time.GetUtcNow()), None);

        Assert.False(await store.RemoveAsync(20, 1001, None));
        Assert.True(await store.RemoveAsync(10, 1001, None));
        Assert.Null(await store.GetAsync(1001, None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Coverage_only_moves_forward(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IDigestSubscriptionStore>();
        var now = db.Time.GetUtcNow();
        await store.UpsertAsync(Subscription(10, 1001, now), None);

        await store.MarkCoveredAsync(1001, now.AddHours(5), None);
        // A slower run that read an older coverage point finishes last: it must not move the channel back.
        await store.MarkCoveredAsync(1001, now.AddHours(2), None);
        var afterOlder = (await store.GetAsync(1001, None))!.LastCoveredUntil;
        await store.MarkCoveredAsync(1001, now.AddHours(7), None);

        Assert.Equal(now.AddHours(5), afterOlder);
        Assert.Equal(now.AddHours(7), (await store.GetAsync(1001, None))!.LastCoveredUntil);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Failures_and_a_pause_are_recorded_and_subscribing_again_clears_them(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IDigestSubscriptionStore>();
        var now = db.Time.GetUtcNow();
        await store.UpsertAsync(Subscription(10, 1001, now), None);
        await store.MarkCoveredAsync(1001, now.AddHours(1), None);

        await store.RecordFailureAsync(1001, 5, now.AddHours(2), "403 Missing Access", now, None);
        var paused = (await store.GetAsync(1001, None))!;
        await store.UpsertAsync(Subscription(10, 1001, now), None);
        var resubscribed = (await store.GetAsync(1001, None))!;

        Assert.Equal((5, now.AddHours(2), "403 Missing Access", now), (paused.FailureCount, paused.RetryAt, paused.PausedReason, paused.PausedSince));
        Assert.Equal((0, null, null, null), (resubscribed.FailureCount, resubscribed.RetryAt, resubscribed.PausedReason, resubscribed.PausedSince));
        Assert.Equal(now.AddHours(1), resubscribed.LastCoveredUntil);
    }
}
