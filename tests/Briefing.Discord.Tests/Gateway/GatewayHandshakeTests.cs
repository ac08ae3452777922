using System.Text.Json;

namespace Briefing.Discord.Tests.Gateway;

public sealed class GatewayHandshakeTests
{
    [Fact]
    public async Task Identifies_keeps_the_ready_session_and_heartbeats_on_schedule_with_the_last_sequence()
    {
        await using var server = await FakeGatewayServer.StartAsync();
        await using var host = await GatewayTestHost.StartAsync(
            new FakeGatewayBotSource(server.GatewayUrl),
            autoAdvanceClock: false,
            new Dictionary<string, string?> { ["Discord:ShardId"] = "1", ["Discord:ShardCount"] = "2" });

        var (connection, identify) = await GatewayScript.AcceptAsync(server);

        Assert.Equal("/gateway/?v=10&encoding=json", connection.PathAndQuery);
        Assert.Equal(2, identify.GetProperty("op").GetInt32());
        var d = identify.GetProperty("d");
        Assert.Equal("test-token-abc", d.GetProperty("token").GetString());
        Assert.Equal((1 << 0) | (1 << 9) | (1 << 12), d.GetProperty("intents").GetInt32());
        Assert.Equal([1, 2], d.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
        var properties = d.GetProperty("properties");
        Assert.All(new[] { "os", "browser", "device" }, name => Assert.False(string.IsNullOrEmpty(properties.GetProperty(name).GetString())));

        await connection.SendDispatchAsync("READY", 1, GatewayScript.ReadyData(server.ResumeUrl));
        await host.Session.WaitUntilReadyAsync(CancellationToken.None).WaitAsync(FakeGatewayConnection.ScriptTimeout);
        Assert.Equal(GatewayScript.BotUserId, host.Session.BotUserId);
        Assert.Equal(GatewayScript.ApplicationId, host.Session.ApplicationId);
        Assert.Equal(GatewayScript.SessionId, host.Session.SessionId);
        Assert.Equal(server.ResumeUrl, host.Session.ResumeGatewayUrl);
        Assert.Equal(1, host.Session.ShardId);

        // The heartbeat timer started with HELLO (before IDENTIFY was sent): first beat after 45 s * jitter 0.5.
        // A beat due by 22,499 ms would go out inside Advance carrying sequence 1, ahead of the beat the server then
        // asks for (sequence 2): that one arriving first shows no scheduled beat went early.
        host.Time.Advance(TimeSpan.FromMilliseconds(22_499));
        await connection.SendDispatchAsync("GUILD_CREATE", 2, """{"id":"123","name":"g"}""");
        await WaitForSequenceAsync(host, 2);
        await connection.SendAsync("""{"op":1,"d":null}""");
        Assert.Equal(2, await connection.NextHeartbeatAsync());
        host.Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, await connection.NextHeartbeatAsync());

        await connection.SendDispatchAsync("GUILD_CREATE", 3, """{"id":"124","name":"h"}""");
        await WaitForSequenceAsync(host, 3);
        host.Time.Advance(TimeSpan.FromMilliseconds(GatewayScript.HeartbeatIntervalMs));
        Assert.Equal(3, await connection.NextHeartbeatAsync());
    }

    [Fact]
    public async Task Requests_message_content_only_when_configured()
    {
        await using var server = await FakeGatewayServer.StartAsync();
        await using var host = await GatewayTestHost.StartAsync(
            new FakeGatewayBotSource(server.GatewayUrl),
            autoAdvanceClock: false,
            new Dictionary<string, string?> { ["Discord:MessageContent"] = "true" });

        var (_, identify) = await GatewayScript.AcceptAsync(server);

        Assert.Equal((1 << 0) | (1 << 9) | (1 << 12) | (1 << 15), identify.GetProperty("d").GetProperty("intents").GetInt32());
    }

    [Fact]
    public async Task Server_heartbeat_request_is_answered_at_once_with_null_before_any_dispatch()
    {
        await using var server = await FakeGatewayServer.StartAsync();
        await using var host = await GatewayTestHost.StartAsync(new FakeGatewayBotSource(server.GatewayUrl), autoAdvanceClock: false);
        var (connection, _) = await GatewayScript.AcceptAsync(server);

        await connection.SendAsync("""{"op":1,"d":null}""");

        Assert.Null(await connection.NextHeartbeatAsync());
    }

    [Fact]
    public async Task Host_shutdown_closes_with_1000_so_the_session_ends()
    {
        await using var server = await FakeGatewayServer.StartAsync();
        var host = await GatewayTestHost.StartAsync(new FakeGatewayBotSource(server.GatewayUrl), autoAdvanceClock: true);
        var connection = await GatewayScript.ConnectReadyAsync(server, host);
        var logs = host.Logs;

        await host.DisposeAsync();

        Assert.Equal(1000, await connection.ClosedByClient.WaitAsync(FakeGatewayConnection.ScriptTimeout));
        Assert.Equal(1, server.ConnectionCount);
        Assert.DoesNotContain(logs.GetSnapshot(), record => record.Level >= Microsoft.Extensions.Logging.LogLevel.Warning);
    }

    internal static async Task WaitForSequenceAsync(GatewayTestHost host, int sequence)
    {
        using var timeout = new CancellationTokenSource(FakeGatewayConnection.ScriptTimeout);
        while (host.Session.LastSequence != sequence)
        {
            await Task.Delay(5, timeout.Token);
        }
    }
}
