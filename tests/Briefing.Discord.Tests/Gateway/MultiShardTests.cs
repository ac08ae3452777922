using Briefing.Discord.Gateway;

namespace Briefing.Discord.Tests.Gateway;

/// <summary>One process running several shards (<c>Discord:ShardIds</c>): a connection, IDENTIFY and session per shard, paced by bucket.</summary>
public sealed class MultiShardTests
{
    [Fact]
    public async Task Each_shard_identifies_on_its_own_connection_paced_by_bucket_and_keeps_its_own_session()
    {
        await using var server = await FakeGatewayServer.StartAsync();
        await using var host = await GatewayTestHost.StartAsync(
            new FakeGatewayBotSource(server.GatewayUrl, maxConcurrency: 2),
            autoAdvanceClock: false,
            new Dictionary<string, string?> { ["Discord:ShardIds"] = "1-3", ["Discord:ShardCount"] = "4" },
            services => services.Configure<LoggerFilterOptions>(options => options.MinLevel = LogLevel.Debug));
        var status = host.Host.Services.GetRequiredService<IGatewayConnectionStatus>();
        Assert.Equal([new(1, false), new(2, false), new(3, false)], status.Shards);

        var connections = new List<FakeGatewayConnection>();
        for (var i = 0; i < 3; i++)
        {
            var connection = await server.NextConnectionAsync();
            await connection.SendHelloAsync(GatewayScript.HeartbeatIntervalMs);
            connections.Add(connection);
        }

        // Shard 2 (bucket 0) and one of shards 1 and 3 (both bucket 1) identify at once; the other waits 5 s for its bucket.
        var identifies = connections.Select(c => c.NextCommandAsync()).ToList();
        await WaitUntilAsync(() => identifies.Count(t => t.IsCompleted) == 2);
        var identified = identifies.Where(t => t.IsCompleted).Select(t => ShardOf(t.Result)).ToList();
        Assert.Equal([0, 1], identified.Select(shard => shard % 2).Order());
        var waiting = new[] { 1, 2, 3 }.Except(identified).Single();
        // The other waits on the clock for its bucket's next turn, 5 s after the first; just before that it sends nothing.
        await host.Time.WaitForTimerAsync(host.Time.Start + TimeSpan.FromSeconds(5));
        host.Time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.DoesNotContain(host.Logs.GetSnapshot(), record => record.Message == $"Gateway shard {waiting}: IDENTIFY sent");

        host.Time.Advance(TimeSpan.FromSeconds(0.1));
        await Task.WhenAll(identifies).WaitAsync(FakeGatewayConnection.ScriptTimeout);
        Assert.Contains(host.Logs.GetSnapshot(), record => record.Message == $"Gateway shard {waiting}: IDENTIFY sent");
        var byShard = connections.Select((c, i) => (Shard: ShardOf(identifies[i].Result), Connection: c)).ToDictionary(p => p.Shard, p => p.Connection);
        Assert.Equal([1, 2, 3], byShard.Keys.Order());
        foreach (var connection in connections)
        {
            await connection.SendDispatchAsync("READY", 1, GatewayScript.ReadyData(server.ResumeUrl));
        }

        await WaitUntilAsync(() => status.Shards.All(s => s.IsConnected));
        Assert.Equal(GatewayScript.BotUserId, host.Session.BotUserId);

        // One shard's connection ends: only that shard is down, the others keep their sessions.
        byShard[2].Drop();
        await WaitUntilAsync(() => !status.Shards.Single(s => s.ShardId == 2).IsConnected);
        Assert.Equal([true, false, true], status.Shards.Select(s => s.IsConnected));
    }

    private static int ShardOf(System.Text.Json.JsonElement identify)
    {
        Assert.Equal(2, identify.GetProperty("op").GetInt32());
        var shard = identify.GetProperty("d").GetProperty("shard");
        Assert.Equal(4, shard[1].GetInt32());
        return shard[0].GetInt32();
    }

    // Waits for something that does happen (readers run on their own threads), bounded by the script timeout.
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(FakeGatewayConnection.ScriptTimeout);
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
