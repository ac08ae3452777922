using System.Text;
using Briefing.Discord.Gateway;

namespace Briefing.Discord.Tests.Gateway;

public sealed class GatewayConnectionLimitsTests
{
    private static readonly byte[] Presence = Encoding.UTF8.GetBytes("""{"op":3,"d":{"status":"online"}}""");
    private static readonly byte[] Heartbeat = Encoding.UTF8.GetBytes("""{"op":1,"d":7}""");

    [Fact]
    public async Task At_most_120_sends_per_minute_with_three_kept_for_heartbeats()
    {
        await using var server = await FakeGatewayServer.StartAsync();
        var time = new WatchedTimeProvider();
        await using var connection = new GatewayConnection(time);
        await connection.ConnectAsync(GatewayConnection.BuildUri(server.GatewayUrl), CancellationToken.None);
        var serverSide = await server.NextConnectionAsync();

        for (var i = 0; i < 117; i++)
        {
            await connection.SendAsync(Presence, isHeartbeat: false, CancellationToken.None).WaitAsync(FakeGatewayConnection.ScriptTimeout);
        }

        var regularOverLimit = connection.SendAsync(Presence, isHeartbeat: false, CancellationToken.None);
        for (var i = 0; i < 3; i++)
        {
            await connection.SendAsync(Heartbeat, isHeartbeat: true, CancellationToken.None).WaitAsync(FakeGatewayConnection.ScriptTimeout);
        }

        var heartbeatOverLimit = connection.SendAsync(Heartbeat, isHeartbeat: true, CancellationToken.None);
        // Both wait on the clock until the first sends leave the one-minute window; just before that neither goes.
        await time.WaitForTimerAsync(time.Start + TimeSpan.FromMinutes(1), count: 2);
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(regularOverLimit.IsCompleted);
        Assert.False(heartbeatOverLimit.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(regularOverLimit, heartbeatOverLimit).WaitAsync(FakeGatewayConnection.ScriptTimeout);

        for (var i = 0; i < 118; i++)
        {
            Assert.Equal(3, (await serverSide.NextCommandAsync()).GetProperty("op").GetInt32());
        }

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(7, await serverSide.NextHeartbeatAsync());
        }
    }

    [Fact]
    public async Task Payloads_over_4096_bytes_are_rejected_and_never_sent()
    {
        await using var server = await FakeGatewayServer.StartAsync();
        await using var connection = new GatewayConnection(new FakeTimeProvider());
        await connection.ConnectAsync(GatewayConnection.BuildUri(server.GatewayUrl), CancellationToken.None);
        var serverSide = await server.NextConnectionAsync();

        var tooLarge = await Assert.ThrowsAsync<GatewayPayloadTooLargeException>(
            () => connection.SendAsync(PayloadOfSize(4097), isHeartbeat: false, CancellationToken.None));
        await connection.SendAsync(PayloadOfSize(4096), isHeartbeat: false, CancellationToken.None);

        Assert.Equal(4097, tooLarge.Size);
        var received = await serverSide.NextCommandAsync();
        Assert.Equal(4096 - """{"op":3,"d":""}""".Length, received.GetProperty("d").GetString()!.Length);
        Assert.False(serverSide.TryTakeCommand(out _));
    }

    private static byte[] PayloadOfSize(int size)
    {
        var envelope = """{"op":3,"d":""}""";
        return Encoding.UTF8.GetBytes(envelope.Insert(envelope.Length - 2, new string('x', size - envelope.Length)));
    }
}
