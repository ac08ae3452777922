using Briefing.Discord.Gateway;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Hosting;

namespace Briefing.Discord.Tests.Gateway;

// One class (so one xunit collection, run one after another) because these tests read and reset the process-wide
// Environment.ExitCode that the fatal path sets.
[Collection(nameof(ExitCodeCollection))]
public sealed class GatewayFatalCloseTests
{
    [Theory]
    [InlineData(4004, "authentication failed")]
    [InlineData(4014, "disallowed intents")]
    public async Task Fatal_close_code_stops_the_host_with_one_critical_line_and_never_reconnects(int code, string meaning)
    {
        await using var server = await FakeGatewayServer.StartAsync();
        await using var host = await GatewayTestHost.StartAsync(new FakeGatewayBotSource(server.GatewayUrl), autoAdvanceClock: true);
        var stopRequested = host.WaitForStopRequestAsync();
        try
        {
            var (connection, identify) = await GatewayScript.AcceptAsync(server);
            Assert.Equal(2, identify.GetProperty("op").GetInt32());

            await connection.CloseAsync(code);
            await stopRequested;

            Assert.Equal(DiscordGatewayService.FatalExitCode, Environment.ExitCode);
            var critical = Assert.Single(host.Logs.GetSnapshot(), record => record.Level == LogLevel.Critical);
            Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), critical.Message, StringComparison.Ordinal);
            Assert.Contains(meaning, critical.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("test-token-abc", critical.Message, StringComparison.Ordinal);

            // The gateway's loop has ended, so nothing is left that could connect again, and it connected once.
            var gateway = host.Host.Services.GetServices<IHostedService>().OfType<DiscordGatewayService>().Single();
            await gateway.ExecuteTask!.WaitAsync(FakeGatewayConnection.ScriptTimeout);
            Assert.Equal(1, server.ConnectionCount);
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }

    [Fact]
    public async Task Exhausted_identify_budget_stops_the_host_without_identifying()
    {
        await using var server = await FakeGatewayServer.StartAsync();
        var botSource = new FakeGatewayBotSource(server.GatewayUrl, remaining: 0);
        await using var host = await GatewayTestHost.StartAsync(botSource, autoAdvanceClock: true);
        var stopRequested = host.WaitForStopRequestAsync();
        try
        {
            var connection = await server.NextConnectionAsync();
            await connection.SendHelloAsync(GatewayScript.HeartbeatIntervalMs);
            await stopRequested;

            Assert.Equal(DiscordGatewayService.FatalExitCode, Environment.ExitCode);
            var critical = Assert.Single(host.Logs.GetSnapshot(), record => record.Level == LogLevel.Critical);
            Assert.Contains("session start limit", critical.Message, StringComparison.Ordinal);
            Assert.Equal(2, botSource.Calls); // the start-up fetch, and one re-check before giving up
            await connection.ClosedByClient.WaitAsync(FakeGatewayConnection.ScriptTimeout);
            Assert.False(connection.TryTakeCommand(out _));
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Unauthorized_gateway_bot_request_stops_the_host_without_connecting(bool fromRestClient)
    {
        await using var server = await FakeGatewayServer.StartAsync();
        Exception unauthorized = fromRestClient
            ? new DiscordUnauthorizedException("GET /gateway/bot")
            : new HttpRequestException("401", null, System.Net.HttpStatusCode.Unauthorized);
        await using var host = await GatewayTestHost.StartAsync(
            new FakeGatewayBotSource(server.GatewayUrl, failure: unauthorized, failures: int.MaxValue), autoAdvanceClock: true);
        var stopRequested = host.WaitForStopRequestAsync();
        try
        {
            await stopRequested;

            Assert.Equal(DiscordGatewayService.FatalExitCode, Environment.ExitCode);
            var critical = Assert.Single(host.Logs.GetSnapshot(), record => record.Level == LogLevel.Critical);
            Assert.Contains("401", critical.Message, StringComparison.Ordinal);
            Assert.Equal(0, server.ConnectionCount);
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }
}
