using Briefing.Digests;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Digests;

public sealed class WeeklyDigestTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const ulong Channel = 4200;
    private static readonly CancellationToken None = CancellationToken.None;

    private static DigestSubscription Weekly(DateTimeOffset createdAt, DayOfWeek day) => new()
    {
        GuildId = 7,
        ChannelId = Channel,
        LocalTime = new TimeOnly(8, 0),
        TimeZone = "UTC",
        Every = DigestCadence.Weekly,
        Day = day,
        CreatedAt = createdAt,
    };

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_weekly_subscription_round_trips_and_a_daily_one_forgets_the_weekday(string provider)
    {
        await using var db = await DigestStoreBed.CreateAsync(fixture, provider, new FakeDigestChannel());
        var store = db.Get<IDigestSubscriptionStore>();
        await store.UpsertAsync(Weekly(db.Time.GetUtcNow(), DayOfWeek.Wednesday), None);

        var weekly = await store.GetAsync(Channel, None);
        await store.UpsertAsync(weekly! with { Every = DigestCadence.Daily, Day = DayOfWeek.Friday }, None);
        var daily = await store.GetAsync(Channel, None);

        Assert.Equal((DigestCadence.Weekly, DayOfWeek.Wednesday), (weekly.Every, weekly.Day));
        Assert.Equal((DigestCadence.Daily, (DayOfWeek?)null), (daily!.Every, daily.Day));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_weekly_digest_posts_once_on_its_weekday_and_the_next_week_lists_only_new_articles(string provider)
    {
        var channel = new FakeDigestChannel();
        await using var db = await DigestStoreBed.CreateAsync(fixture, provider, channel);
        // The clock starts on Monday 2 March 2026, 09:00 UTC; the digest is due on Wednesdays at 08:00 UTC.
        await db.Get<IDigestSubscriptionStore>().UpsertAsync(Weekly(db.Time.GetUtcNow(), DayOfWeek.Wednesday), None);
        var first = await db.AddAsync("Grain deal extended for a year", "Negotiators in Istanbul extended the grain corridor by twelve months.", "https://news.example.org/grain");
        var delivery = db.Get<DigestDelivery>();

        var postedAt = new List<DateTimeOffset>();
        for (var step = 0; step < 4 * 7; step++)
        {
            // Every six hours for a week: the scheduler's checks, each of which may run twice (two instances).
            var outcomes = await delivery.RunDueAsync(None);
            await delivery.RunDueAsync(None);
            if (outcomes.GetValueOrDefault(Channel) == DigestOutcome.Posted)
            {
                postedAt.Add(db.Time.GetUtcNow());
            }

            db.Time.Advance(TimeSpan.FromHours(6));
        }

        var second = await db.AddAsync("Ports reopen after the strike", "Dockworkers in Rotterdam returned to work after a pay deal.", "https://news.example.org/ports");
        db.Time.Advance(TimeSpan.FromDays(2));
        var nextWeek = await delivery.RunDueAsync(None);

        Assert.Equal([new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero)], postedAt);
        Assert.Equal(DigestOutcome.Posted, nextWeek[Channel]);
        Assert.Equal([[first], [second]], channel.Messages.Select(m => m.Page.Entries.Select(e => e.ArticleId).ToArray()).ToArray());
        var ledger = db.Get<IDeliveryLedger>();
        Assert.NotNull((await ledger.GetAsync("digest:4200:2026-03-04", None))?.CompletedAt);
        Assert.NotNull((await ledger.GetAsync("digest:4200:2026-03-11", None))?.CompletedAt);
    }

    [Fact]
    public void A_weekly_period_runs_from_the_previous_week_s_occurrence_in_the_subscription_zone()
    {
        var subscription = Weekly(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), DayOfWeek.Monday)
            with { TimeZone = "Europe/Berlin" };
        // Thursday 11 June 2026: the latest Monday 08:00 in Berlin (UTC+2) was 8 June, 06:00 UTC.
        var now = DateTimeOffset.Parse("2026-06-11T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

        var period = DigestSchedule.LatestPeriod(subscription, now);
        var next = DigestSchedule.NextOccurrence(subscription, now);

        Assert.Equal(DateTimeOffset.Parse("2026-06-08T06:00:00Z", System.Globalization.CultureInfo.InvariantCulture), period!.End);
        Assert.Equal(DateTimeOffset.Parse("2026-06-01T06:00:00Z", System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal("digest:4200:2026-06-08", period.DeliveryKey);
        Assert.Equal(DateTimeOffset.Parse("2026-06-15T06:00:00Z", System.Globalization.CultureInfo.InvariantCulture), next);
    }
}
