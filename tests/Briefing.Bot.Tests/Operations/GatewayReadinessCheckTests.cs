using Briefing.Bot.Operations;
using Briefing.Discord.Gateway;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Briefing.Bot.Tests.Operations;

/// <summary>The gateway half of /readyz: the shard's live session, as the wire project reports it.</summary>
public sealed class GatewayReadinessCheckTests
{
    [Theory]
    [InlineData(new[] { true }, HealthStatus.Healthy, "shard 3 connected")]
    [InlineData(new[] { false }, HealthStatus.Unhealthy, "shard 3 not connected")]
    [InlineData(new[] { true, true }, HealthStatus.Healthy, "shards 3,4 connected")]
    [InlineData(new[] { true, false }, HealthStatus.Unhealthy, "shard 4 not connected (connected: 3)")]
    [InlineData(new[] { false, false }, HealthStatus.Unhealthy, "shards 3,4 not connected")]
    public async Task Ready_only_while_every_shard_of_the_process_is_connected(bool[] connected, HealthStatus expected, string description)
    {
        var gateway = new Mock<IGatewayConnectionStatus>();
        gateway.SetupGet(g => g.Shards).Returns([.. connected.Select((up, i) => new GatewayShardStatus(3 + i, up))]);

        var result = await new GatewayReadinessCheck(gateway.Object).CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal(expected, result.Status);
        Assert.Equal(description, result.Description);
        Assert.Equal(connected.Length, result.Data.Count);
        Assert.Equal(connected[0] ? "connected" : "not connected", result.Data["shard 3"]);
    }
}
