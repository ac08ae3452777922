using System.Globalization;
using Briefing.Digests;

namespace Briefing.Tests.Digests;

/// <summary>A channel that refuses posts (403/404) backs off, is paused with its reason, and subscribing again resumes it.</summary>
public sealed class DigestBrokenChannelTests
{
    private const ulong Channel = 900;
    private static readonly DateTimeOffset Monday0600Utc = DateTimeOffset.Parse("2026-06-08T06:00:00Z", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_refusing_channel_backs_off_exponentially_then_is_paused_and_subscribing_again_resumes_it()
    {
        await using var bed = await DigestTestBed.StartAsync(Monday0600Utc);
        await bed.SubscribeAsync(Channel, "08:00", "UTC");
        await bed.AddArticleAsync("Ports reopen after the strike", "The government should settle with the dockers before winter.");
        bed.Channel.RefuseWith = "403 Missing Access";
        bed.Time.Advance(TimeSpan.FromHours(2));

        // The scheduler checks every 30 s for six hours.
        var attemptTimes = new List<DateTimeOffset>();
        var outcomes = new List<DigestOutcome>();
        for (var check = 0; check < 6 * 120; check++)
        {
            var before = bed.Channel.Attempts.Count;
            outcomes.Add((await bed.Delivery.RunDueAsync(CancellationToken.None))[Channel]);
            if (bed.Channel.Attempts.Count > before)
            {
                attemptTimes.Add(bed.Time.GetUtcNow());
            }

            bed.Time.Advance(TimeSpan.FromSeconds(30));
        }

        var gaps = attemptTimes.Zip(attemptTimes.Skip(1), (a, b) => (b - a).TotalMinutes).ToList();
        Assert.Equal([5.0, 10.0, 20.0, 40.0], gaps);
        var paused = (await bed.Subscriptions.GetAsync(Channel, CancellationToken.None))!;
        Assert.Equal("403 Missing Access", paused.PausedReason);
        Assert.Equal(attemptTimes[^1], paused.PausedSince);
        Assert.Equal(DigestOutcome.Paused, outcomes[^1]);

        bed.Channel.RefuseWith = null;
        await bed.SubscribeAsync(Channel, "08:00", "UTC");
        var resumed = (await bed.Delivery.RunDueAsync(CancellationToken.None))[Channel];

        Assert.Equal(DigestOutcome.Posted, resumed);
        Assert.Equal("Ports reopen after the strike", Assert.Single(bed.Channel.Messages).Page.Entries.Single().Title);
        Assert.Null((await bed.Subscriptions.GetAsync(Channel, CancellationToken.None))!.PausedReason);
    }
}
