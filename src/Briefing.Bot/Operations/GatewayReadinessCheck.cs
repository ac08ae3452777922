using Briefing.Discord.Gateway;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Briefing.Bot.Operations;

/// <summary>
/// Ready when every gateway shard of this process holds a live session (READY or RESUMED, not closed since). The
/// description names each shard, so an operator of several instances sees which one is missing:
/// <c>shards 0,1 connected</c>, or <c>shard 1 not connected (connected: 0)</c>.
/// </summary>
internal sealed class GatewayReadinessCheck(IGatewayConnectionStatus gateway) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var shards = gateway.Shards;
        var data = shards.ToDictionary(s => $"shard {s.ShardId}", s => (object)(s.IsConnected ? "connected" : "not connected"));
        var down = shards.Where(s => !s.IsConnected).Select(s => s.ShardId).ToList();
        var up = shards.Where(s => s.IsConnected).Select(s => s.ShardId).ToList();
        return Task.FromResult(down.Count == 0
            ? HealthCheckResult.Healthy($"{Shards(up)} connected", data)
            : HealthCheckResult.Unhealthy($"{Shards(down)} not connected" + (up.Count > 0 ? $" (connected: {string.Join(',', up)})" : ""), data: data));
    }

    private static string Shards(IReadOnlyList<int> ids) => (ids.Count == 1 ? "shard " : "shards ") + string.Join(',', ids);
}
