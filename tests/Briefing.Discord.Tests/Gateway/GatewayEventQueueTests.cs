using System.Text.Json;
using Briefing.Discord.Gateway;

namespace Briefing.Discord.Tests.Gateway;

public sealed class GatewayEventQueueTests
{
    [Fact]
    public async Task A_full_queue_holds_the_reader_briefly_then_drops_and_logs()
    {
        var time = new FakeTimeProvider();
        var logger = new FakeLogger<GatewayEventQueue>();
        var options = Options.Create(new DiscordGatewayOptions { EventQueueCapacity = 1, EventQueueFullWait = TimeSpan.FromSeconds(2) });
        var queue = new GatewayEventQueue(options, time, logger);

        Assert.True(await queue.EnqueueAsync(Event("A"), CancellationToken.None));
        var waiting = queue.EnqueueAsync(Event("B"), CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromSeconds(1.9));
        Assert.False(waiting.IsCompleted);

        Assert.True(queue.Reader.TryRead(out var first));
        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal("A", first.Name);

        var dropped = queue.EnqueueAsync(Event("C"), CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.False(await dropped.WaitAsync(TimeSpan.FromSeconds(5)));

        Assert.True(queue.Reader.TryRead(out var second));
        Assert.Equal("B", second.Name);
        Assert.False(queue.Reader.TryRead(out _));
        var warning = Assert.Single(logger.Collector.GetSnapshot(), record => record.Level == LogLevel.Warning);
        Assert.Contains("dropped C", warning.Message, StringComparison.Ordinal);
    }

    private static GatewayEvent Event(string name) => new(name, JsonDocument.Parse("{}").RootElement, 0, DateTimeOffset.UnixEpoch);
}
