using Briefing.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Discord.Gateway;

/// <summary>
/// Runs every shard of <c>Discord:ShardIds</c> (with <c>Discord:ShardCount</c>) for the life of the host, each with its
/// own connection, heartbeat and session, after one <c>GET /gateway/bot</c>. On a close code that can never succeed
/// (4004, 4010-4014) or an exhausted identify budget on any shard it logs one critical line, sets a non-zero process
/// exit code and stops the host instead of reconnecting: a process that silently lost a shard would leave those guilds deaf.
/// </summary>
internal sealed class DiscordGatewayService(
    GatewayShardSet shards,
    GatewayBotInfoLoader infoLoader,
    IdentifyGate identifyGate,
    GatewayEventQueue events,
    IJitterSource jitter,
    TimeProvider timeProvider,
    IOptions<DiscordOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<DiscordGatewayService> logger,
    ILoggerFactory loggerFactory) : BackgroundService
{
    /// <summary>Process exit code after a fatal gateway error.</summary>
    public const int FatalExitCode = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var shardLogger = loggerFactory.CreateLogger<GatewayShardContext>();
        var clients = shards.States
            .Select(state => new GatewayShardClient(new GatewayShardContext(options.Value, state, events, identifyGate, jitter, timeProvider, shardLogger)))
            .ToList();
        GatewayShardLog.Starting(logger, string.Join(',', clients.Select(c => c.ShardId)), options.Value.ShardCount);
        try
        {
            var info = await infoLoader.LoadAsync(stoppingToken).ConfigureAwait(false);
            identifyGate.Configure(info.SessionStartLimit);
            await Task.WhenAll(clients.Select(client => RunShardAsync(client, info, stoppingToken))).ConfigureAwait(false);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            Stop(clients[0].ShardId, ex);
        }
        catch (Exception)
        {
            // Host shutdown: the sockets are being torn down under the readers, whatever they throw is expected.
        }
    }

    private async Task RunShardAsync(GatewayShardClient client, GatewayBotInfo info, CancellationToken stoppingToken)
    {
        try
        {
            await client.RunAsync(info, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            Stop(client.ShardId, ex);
        }
        catch (Exception)
        {
            // Host shutdown, as above.
        }
    }

    private void Stop(int shardId, Exception ex)
    {
        // GatewayFatalException carries the one-line reason; anything else reaching here is a bug, and a bot that
        // silently stopped listening would be worse than a stopped process that a supervisor restarts.
        GatewayLog.Fatal(logger, shardId, ex is GatewayFatalException ? ex.Message : $"unexpected {ex.GetType().Name}: {ex.Message}");
        Environment.ExitCode = FatalExitCode;
        lifetime.StopApplication();
    }
}
