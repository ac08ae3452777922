using System.Text.Json;

namespace Briefing.Discord.Tests.Gateway;

/// <summary>Reusable steps of the scripted gateway conversations.</summary>
internal static class GatewayScript
{
    public const int HeartbeatIntervalMs = 45_000;
    public const string SessionId = "session-7f3a";
    public const ulong BotUserId = 811_223_344_556_677_889;
    public const ulong ApplicationId = 900_100_200_300_400_500;

    public static string ReadyData(string resumeUrl) => $$"""
        {"v":10,"user":{"id":"{{BotUserId}}","username":"briefing","bot":true,"global_name":null},
         "session_id":"{{SessionId}}","resume_gateway_url":"{{resumeUrl}}","shard":[0,1],
         "application":{"id":"{{ApplicationId}}","flags":0},"guilds":[{"id":"123","unavailable":true}],
         "session_type":"normal","private_channels":[]}
        """;

    /// <summary>Accepts the next connection, says HELLO, and returns it with the client's first command (IDENTIFY or RESUME).</summary>
    public static async Task<(FakeGatewayConnection Connection, JsonElement Handshake)> AcceptAsync(FakeGatewayServer server)
    {
        var connection = await server.NextConnectionAsync();
        await connection.SendHelloAsync(HeartbeatIntervalMs);
        return (connection, await connection.NextCommandAsync());
    }

    /// <summary>HELLO, IDENTIFY, READY (sequence 1): a ready session on the first connection.</summary>
    public static async Task<FakeGatewayConnection> ConnectReadyAsync(FakeGatewayServer server, GatewayTestHost host)
    {
        var (connection, identify) = await AcceptAsync(server);
        Assert.Equal(2, identify.GetProperty("op").GetInt32());
        await connection.SendDispatchAsync("READY", 1, ReadyData(server.ResumeUrl));
        await host.Session.WaitUntilReadyAsync(CancellationToken.None).WaitAsync(FakeGatewayConnection.ScriptTimeout);
        return connection;
    }

    public static void AssertResume(JsonElement command, int expectedSequence)
    {
        Assert.Equal(6, command.GetProperty("op").GetInt32());
        var d = command.GetProperty("d");
        Assert.Equal("test-token-abc", d.GetProperty("token").GetString());
        Assert.Equal(SessionId, d.GetProperty("session_id").GetString());
        Assert.Equal(expectedSequence, d.GetProperty("seq").GetInt32());
    }
}
