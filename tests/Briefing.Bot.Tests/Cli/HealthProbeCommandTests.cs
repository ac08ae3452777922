using System.Net;
using System.Net.Sockets;
using Briefing.Bot.Cli;
using Briefing.Bot.Composition;
using Briefing.Bot.ConsoleTransport;
using Briefing.Bot.Hosting;
using Briefing.Bot.Operations;
using Briefing.Bot.Tests.EndToEnd;

namespace Briefing.Bot.Tests.Cli;

/// <summary>The <c>healthcheck</c> verb the Dockerfile's HEALTHCHECK runs, against a running bot and against nothing.</summary>
public sealed class HealthProbeCommandTests : FakeDiscordTest
{
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    [Fact]
    public async Task It_exits_0_when_the_bot_answers_and_1_with_one_line_when_nothing_listens()
    {
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath, settings: new Dictionary<string, string?> { ["Health:Urls"] = "http://127.0.0.1:0" });
        var live = Assert.Single(bot.Service<HealthEndpointService>().BoundUrls) + HealthEndpointService.LivenessPath;

        Assert.Equal(ExitCodes.Ok, await RunAsync("healthcheck", "--url", live));
        Assert.Contains("200 Healthy", _out.ToString(), StringComparison.Ordinal);

        Assert.Equal(ExitCodes.BadInput, await RunAsync("healthcheck", "--url", $"http://127.0.0.1:{ClosedPort()}/healthz"));
        Assert.Single(_error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("no answer", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_url_that_is_not_http_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.Usage, await RunAsync("healthcheck", "--url", "ftp://example.org/"));
        Assert.Equal("--url: ftp://example.org/: not an http(s) URL.", _error.ToString().Trim());
    }

    [Theory]
    [InlineData(null, "http://127.0.0.1:8080/healthz")]
    [InlineData("http://0.0.0.0:9090", "http://127.0.0.1:9090/healthz")]
    [InlineData("http://+:7000;http://localhost:7001", "http://127.0.0.1:7000/healthz")]
    public void The_default_url_is_the_configured_port_on_loopback(string? configured, string expected)
    {
        var settings = new BotLaunchSettings { Configuration = new Dictionary<string, string?> { ["Health:Urls"] = configured }, ContentRoot = AppContext.BaseDirectory };
        Assert.Equal(expected, HealthProbeCommand.DefaultUrl(settings));
    }

    private Task<int> RunAsync(params string[] args) =>
        new CliApp(new BotLaunchSettings
        {
            Output = new ConsoleOutput(_out, _error),
            Input = TextReader.Null,
            Interactive = false,
            ContentRoot = AppContext.BaseDirectory,
        }).RunAsync(args, CancellationToken.None);

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
