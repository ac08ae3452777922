using Briefing.Bot.Operations;
using Briefing.Discord.Gateway;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Moq;

namespace Briefing.Bot.Tests.Operations;

/// <summary>The gateway half of /readyz: the shard's live session, as the wire project reports it.</summary>
public sealed class GatewayReadinessCheckTests
{
    [Theory]
    [InlineData(true, HealthStatus.Healthy, "shard 3 connected")]
    [InlineData(false, HealthStatus.Unhealthy, "shard 3 not connected")]
    public async Task Ready_only_while_the_shard_is_connected(bool connected, HealthStatus expected, string description)
    {
        var gateway = new Mock<IGatewayConnectionStatus>();
        gateway.SetupGet(g => g.IsConnected).Returns(connected);
        gateway.SetupGet(g => g.ShardId).Returns(3);

        var result = await new GatewayReadinessCheck(gateway.Object).CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);

        Assert.Equal(expected, result.Status);
        Assert.Equal(description, result.Description);
    }
}
