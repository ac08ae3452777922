using Briefing.Bot.Sharding;
using Briefing.Bot.Tests.EndToEnd;
using Briefing.Bot.Tests.FakeDiscord;
using Briefing.Bot.Tests.Operations;
using Briefing.Discord;
using Briefing.Discord.Gateway;
using Briefing.Discord.Rest;
using Briefing.Storage;
using Briefing.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Briefing.Bot.Tests.Sharding;

/// <summary>
/// The PostgreSQL that holds the IDENTIFY turns is away for the first 30 s (fake time) while four shards start: each
/// shard logs the failure and backs off, the process keeps running, no IDENTIFY leaves without a turn from the database,
/// and once it is back every shard IDENTIFIES exactly once and reaches READY.
/// </summary>
public sealed class IdentifyThroughDatabaseOutageTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const int ShardCount = 4;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);
    // The reconnect backoff is at most 60 s, so every shard is back a minute after the database, and one more minute
    // give a second, wrongly repeated IDENTIFY every chance to show.
    private static readonly TimeSpan Observed = Outage + TimeSpan.FromMinutes(2);
    private static readonly TimeSpan ClockStep = TimeSpan.FromMilliseconds(250);

    [SkippableFact]
    public async Task Shards_log_the_outage_keep_the_process_up_and_identify_once_each_when_the_database_is_back()
    {
        await RealPostgres.RequireAsync();
        await using var database = await fixture.CreateAsync(StorageProviders.Postgres);
        var turns = new SwitchableConnectionFactory(database.CreateServices().GetRequiredService<IDbConnectionFactory>()) { Unreachable = true };
        await using var discord = await FakeDiscordServer.StartAsync();
        // Heartbeats run on the fake clock too; a ten-day interval keeps them out of the minutes this test passes.
        discord.Gateway.HeartbeatIntervalMs = 864_000_000;
        var time = new FakeTimeProvider();
        var start = time.GetUtcNow();
        using var host = BuildHost(discord, turns, time);
        await host.StartAsync();
        var identifiesDuringOutage = -1;
        List<FakeLogRecord> outageLogs = [];

        // The clock moves in small steps with a breath of real time between them, so the shards' connects, backoffs and
        // turns interleave with it as they would on the wall clock; the database comes back exactly at 30 s.
        while (time.GetUtcNow() - start < Observed)
        {
            if (turns.Unreachable && time.GetUtcNow() - start >= Outage)
            {
                identifiesDuringOutage = discord.Gateway.Identifies.Count;
                outageLogs = [.. host.Services.GetFakeLogCollector().GetSnapshot()];
                turns.Unreachable = false;
            }

            time.Advance(ClockStep);
            await Task.Delay(5, CancellationToken.None);
        }

        await DiscordBodies.EventuallyAsync(
            () => Task.FromResult(Handshakes(discord, "READY").Count == ShardCount), BotOnFakeDiscord.Timeout, "every shard READY after the outage");
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        Assert.False(lifetime.ApplicationStopping.IsCancellationRequested, "the outage stopped the process");
        Assert.Equal(0, identifiesDuringOutage);
        for (var shard = 0; shard < ShardCount; shard++)
        {
            Assert.Contains(outageLogs, log => log.Level >= LogLevel.Warning && log.Message.Contains($"shard {shard}:", StringComparison.Ordinal));
        }

        Assert.Equal(Enumerable.Range(0, ShardCount), Handshakes(discord, "IDENTIFY").Order());
        Assert.Equal(Enumerable.Range(0, ShardCount), Handshakes(discord, "READY").Order());
        await host.StopAsync();
    }

    private static List<int> Handshakes(FakeDiscordServer discord, string kind) =>
        [.. discord.Gateway.Handshakes.Where(h => h.Kind == kind).Select(h => h.Shard)];

    private static IHost BuildHost(FakeDiscordServer discord, IDbConnectionFactory turns, FakeTimeProvider time)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = FakeDiscordIds.Token,
            ["Discord:ShardCount"] = ShardCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Discord:Gateway:StopGrace"] = "00:00:00",
        });
        builder.Logging.AddFakeLogging();
        builder.Services.AddSingleton<TimeProvider>(time);
        // max_concurrency 2: buckets {0, 2} and {1, 3}, so two shards of each bucket also wait on each other's turn.
        builder.Services.AddSingleton<IGatewayBotSource>(new FixedGatewayBotSource(
            new GatewayBotInfo(discord.GatewayUrl, ShardCount, new SessionStartLimit(1000, 1000, TimeSpan.FromHours(20), MaxConcurrency: 2))));
        builder.Services.AddSingleton<IIdentifyCoordinator>(provider => new DatabaseIdentifyCoordinator(
            new IdentifyTurnStore(turns), time, provider.GetRequiredService<ILogger<DatabaseIdentifyCoordinator>>()));
        builder.Services.AddDiscordGateway(builder.Configuration);
        return builder.Build();
    }

    private sealed class FixedGatewayBotSource(GatewayBotInfo info) : IGatewayBotSource
    {
        public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) => Task.FromResult(info);
    }
}
