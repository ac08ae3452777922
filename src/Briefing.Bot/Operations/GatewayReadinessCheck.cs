using Briefing.Discord.Gateway;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Briefing.Bot.Operations;

/// <summary>Ready when this process's gateway shard holds a live session (READY or RESUMED, not closed since).</summary>
internal sealed class GatewayReadinessCheck(IGatewayConnectionStatus gateway) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(gateway.IsConnected
            ? HealthCheckResult.Healthy($"shard {gateway.ShardId} connected")
            : HealthCheckResult.Unhealthy($"shard {gateway.ShardId} not connected"));
}
