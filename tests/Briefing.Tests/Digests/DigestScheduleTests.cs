using Briefing.Digests;

namespace Briefing.Tests.Digests;

public sealed class DigestScheduleTests
{
    private static DigestSubscription Subscription(string time, string zone) => new()
    {
        GuildId = 1,
        ChannelId = 42,
        LocalTime = TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture),
        TimeZone = zone,
        CreatedAt = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public void Latest_period_ends_at_the_local_time_in_the_subscription_zone()
    {
        var now = DateTimeOffset.Parse("2026-06-10T07:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

        var period = DigestSchedule.LatestPeriod(Subscription("08:30", "Europe/Berlin"), now);

        // 08:30 in Berlin in June (UTC+2) is 06:30 UTC; the period started at the same local time the day before.
        Assert.NotNull(period);
        Assert.Equal(DateTimeOffset.Parse("2026-06-10T06:30:00Z", System.Globalization.CultureInfo.InvariantCulture), period.End);
        Assert.Equal(DateTimeOffset.Parse("2026-06-09T06:30:00Z", System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal("digest:42:2026-06-10", period.DeliveryKey);
    }

    [Fact]
    public void Before_today_s_time_the_latest_period_is_yesterday_s()
    {
        var now = DateTimeOffset.Parse("2026-06-10T06:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

        var period = DigestSchedule.LatestPeriod(Subscription("08:30", "Europe/Berlin"), now);

        Assert.Equal("digest:42:2026-06-09", period!.DeliveryKey);
    }

    [Fact]
    public void Spring_forward_keeps_the_local_time_and_makes_a_23_hour_period()
    {
        // Europe/Berlin moved from UTC+1 to UTC+2 on 29 March 2026.
        var subscription = Subscription("08:00", "Europe/Berlin");
        var before = DigestSchedule.LatestPeriod(subscription, DateTimeOffset.Parse("2026-03-28T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture))!;
        var after = DigestSchedule.LatestPeriod(subscription, DateTimeOffset.Parse("2026-03-29T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture))!;

        Assert.Equal(DateTimeOffset.Parse("2026-03-28T07:00:00Z", System.Globalization.CultureInfo.InvariantCulture), before.End);
        Assert.Equal(DateTimeOffset.Parse("2026-03-29T06:00:00Z", System.Globalization.CultureInfo.InvariantCulture), after.End);
        Assert.Equal(before.End, after.Start);
        Assert.Equal(TimeSpan.FromHours(23), after.End - after.Start);
    }

    [Fact]
    public void A_time_inside_the_spring_forward_gap_fires_once_right_after_the_gap()
    {
        // 02:30 does not exist in New York on 8 March 2026 (02:00 EST jumps to 03:00 EDT).
        var subscription = Subscription("02:30", "America/New_York");

        var period = DigestSchedule.LatestPeriod(subscription, DateTimeOffset.Parse("2026-03-08T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture))!;

        Assert.Equal(DateTimeOffset.Parse("2026-03-08T07:00:00Z", System.Globalization.CultureInfo.InvariantCulture), period.End);
        Assert.Equal("digest:42:2026-03-08", period.DeliveryKey);
    }

    [Fact]
    public void A_time_inside_the_repeated_autumn_hour_fires_once()
    {
        // 01:30 happens twice in New York on 1 November 2026; the digest fires at the first one only.
        var subscription = Subscription("01:30", "America/New_York");
        var firstPass = DateTimeOffset.Parse("2026-11-01T05:30:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var secondPass = DateTimeOffset.Parse("2026-11-01T06:30:00Z", System.Globalization.CultureInfo.InvariantCulture);

        var atFirst = DigestSchedule.LatestPeriod(subscription, firstPass)!;
        var atSecond = DigestSchedule.LatestPeriod(subscription, secondPass)!;

        Assert.Equal(firstPass, atFirst.End);
        Assert.Equal(atFirst, atSecond);
        Assert.Equal(DateTimeOffset.Parse("2026-11-02T06:30:00Z", System.Globalization.CultureInfo.InvariantCulture), DigestSchedule.NextOccurrence(subscription, secondPass));
    }

    [Theory]
    [InlineData("Europe/Berlin", true)]
    [InlineData("America/New_York", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("", false)]
    public void Zones_are_found_by_IANA_name(string name, bool known)
    {
        Assert.Equal(known, DigestSchedule.TryFindZone(name, out _));
    }
}
