using Briefing.Discord.Gateway;
using Briefing.Discord.Rest;

namespace Briefing.Discord.Tests.Gateway;

public sealed class GatewayPacingTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(6, 32)]
    [InlineData(7, 60)]
    [InlineData(30, 60)]
    public void Backoff_doubles_from_one_second_to_sixty_with_jitter_between_half_and_full(int failures, int ceilingSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(ceilingSeconds), ReconnectBackoff.For(failures, new FixedJitterSource(1.0)));
        Assert.Equal(TimeSpan.FromSeconds(ceilingSeconds / 2.0), ReconnectBackoff.For(failures, new FixedJitterSource(0.0)));
    }

    [Fact]
    public void No_failure_means_no_backoff() => Assert.Equal(TimeSpan.Zero, ReconnectBackoff.For(0, new FixedJitterSource(0.7)));

    [Theory]
    [InlineData(4004, true, false)]
    [InlineData(4010, true, false)]
    [InlineData(4011, true, false)]
    [InlineData(4012, true, false)]
    [InlineData(4013, true, false)]
    [InlineData(4014, true, false)]
    [InlineData(4007, false, true)]
    [InlineData(4009, false, true)]
    [InlineData(4000, false, false)]
    [InlineData(4008, false, false)]
    [InlineData(1006, false, false)]
    public void Close_codes_are_classified_as_documented(int code, bool fatal, bool newSession)
    {
        Assert.Equal(fatal, GatewayCloseCodes.IsFatal(code));
        Assert.Equal(newSession, GatewayCloseCodes.RequiresNewSession(code));
    }

    [Fact]
    public async Task Identify_allows_one_per_max_concurrency_bucket_per_five_seconds()
    {
        var time = new FakeTimeProvider();
        var gate = new IdentifyGate(new FakeGatewayBotSource("ws://unused"), new LocalIdentifyCoordinator(time));
        gate.Configure(new SessionStartLimit(1000, 1000, TimeSpan.FromHours(1), MaxConcurrency: 2));

        // Shards 0 and 1 are buckets 0 and 1: both at once. Shard 2 is bucket 0 again: it waits for shard 0's window.
        await gate.WaitAsync(0, CancellationToken.None);
        await gate.WaitAsync(1, CancellationToken.None);
        var third = gate.WaitAsync(2, CancellationToken.None);
        var fourth = gate.WaitAsync(3, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.False(third.IsCompleted);
        Assert.False(fourth.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(0.1));
        await Task.WhenAll(third, fourth).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Two_shards_of_one_bucket_identify_five_seconds_apart_even_when_others_are_free()
    {
        var time = new FakeTimeProvider();
        var gate = new IdentifyGate(new FakeGatewayBotSource("ws://unused"), new LocalIdentifyCoordinator(time));
        gate.Configure(new SessionStartLimit(1000, 1000, TimeSpan.FromHours(1), MaxConcurrency: 16));

        await gate.WaitAsync(3, CancellationToken.None);
        var sameBucket = gate.WaitAsync(19, CancellationToken.None);
        await gate.WaitAsync(4, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.False(sameBucket.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(0.1));
        await sameBucket.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(3, gate.BucketOf(19));
    }

    [Fact]
    public async Task The_window_counts_from_the_send_when_the_identify_left_late()
    {
        var time = new FakeTimeProvider();
        var gate = new IdentifyGate(new FakeGatewayBotSource("ws://unused"), new LocalIdentifyCoordinator(time));
        gate.Configure(new SessionStartLimit(1000, 1000, TimeSpan.FromHours(1), MaxConcurrency: 1));

        await gate.WaitAsync(0, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(2));
        await gate.SentAsync(0, CancellationToken.None);
        var next = gate.WaitAsync(1, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.False(next.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(0.1));
        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Identify_stops_for_good_when_the_daily_budget_is_spent()
    {
        var botSource = new FakeGatewayBotSource("ws://unused", remaining: 0);
        var gate = new IdentifyGate(botSource, new LocalIdentifyCoordinator(new FakeTimeProvider()));
        gate.Configure(new SessionStartLimit(1000, 1, TimeSpan.FromHours(3), 1));

        await gate.WaitAsync(0, CancellationToken.None);
        var spent = await Assert.ThrowsAsync<GatewayFatalException>(() => gate.WaitAsync(0, CancellationToken.None));

        Assert.Contains("session start limit exhausted", spent.Message, StringComparison.Ordinal);
        Assert.Equal(1, botSource.Calls);
    }
}
