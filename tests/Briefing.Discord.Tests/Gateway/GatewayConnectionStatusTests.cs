using Briefing.Discord.Gateway;

namespace Briefing.Discord.Tests.Gateway;

/// <summary>What readiness reads: the shard counts as connected from READY or RESUMED until that connection ends.</summary>
public sealed class GatewayConnectionStatusTests
{
    [Fact]
    public async Task Connected_from_ready_disconnected_when_the_socket_ends_and_connected_again_on_resumed()
    {
        await using var server = await FakeGatewayServer.StartAsync();
        await using var host = await GatewayTestHost.StartAsync(new FakeGatewayBotSource(server.GatewayUrl), autoAdvanceClock: true);
        var status = host.Host.Services.GetRequiredService<IGatewayConnectionStatus>();
        Assert.Equal([new GatewayShardStatus(0, false)], status.Shards);

        var first = await GatewayScript.ConnectReadyAsync(server, host);
        Assert.Equal([new GatewayShardStatus(0, true)], status.Shards);

        await first.SendAsync("""{"op":7,"d":null}""");
        await first.ClosedByClient.WaitAsync(FakeGatewayConnection.ScriptTimeout);
        var (second, resume) = await GatewayScript.AcceptAsync(server);
        Assert.Equal(6, resume.GetProperty("op").GetInt32());
        Assert.Equal([new GatewayShardStatus(0, false)], status.Shards);

        await second.SendDispatchAsync("RESUMED", 2, "{}");
        await WaitUntilAsync(() => status.Shards.Single().IsConnected);
    }

    // Waits for something that does happen (the reader handles RESUMED on its own thread), bounded by the script timeout.
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(FakeGatewayConnection.ScriptTimeout);
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
