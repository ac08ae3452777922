using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Discord.Gateway;

/// <summary>
/// Runs the shard configured by <c>Discord:ShardId</c>/<c>Discord:ShardCount</c> for the life of the host. On a close
/// code that can never succeed (4004, 4010-4014) or an exhausted identify budget it logs one critical line, sets a
/// non-zero process exit code and stops the host instead of reconnecting.
/// </summary>
internal sealed class DiscordGatewayService : BackgroundService
{
    /// <summary>Process exit code after a fatal gateway error.</summary>
    public const int FatalExitCode = 3;

    private readonly GatewayShardClient _shardClient;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly IGatewaySession _session;
    private readonly ILogger<DiscordGatewayService> _logger;

    public DiscordGatewayService(
        GatewayShardClient shardClient,
        IHostApplicationLifetime lifetime,
        IGatewaySession session,
        ILogger<DiscordGatewayService> logger)
    {
        _shardClient = shardClient;
        _lifetime = lifetime;
        _session = session;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await _shardClient.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown: the socket is being torn down under the reader, whatever it throws is expected.
        }
        catch (Exception ex)
        {
            // GatewayFatalException carries the one-line reason; anything else reaching here is a bug, and a bot that
            // silently stopped listening would be worse than a stopped process that a supervisor restarts.
            GatewayLog.Fatal(_logger, _session.ShardId, ex is GatewayFatalException ? ex.Message : $"unexpected {ex.GetType().Name}: {ex.Message}");
            Environment.ExitCode = FatalExitCode;
            _lifetime.StopApplication();
        }
    }
}
