using Briefing.Bot.Cli;
using Briefing.Bot.Composition;
using Briefing.Bot.ConsoleTransport;
using Briefing.Bot.Hosting;
using OpenTelemetry.Metrics;

namespace Briefing.Bot.Tests.Operations;

/// <summary>OpenTelemetry is composed only when an OTLP endpoint is configured; a malformed one stops start-up with one line.</summary>
public sealed class TelemetryCompositionTests
{
    [Fact]
    public async Task Nothing_is_exported_by_default()
    {
        await using var bot = await BotTestHost.StartAsync(loadDemoLibrary: false);

        Assert.Null(bot.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task An_otlp_endpoint_adds_a_meter_provider_for_the_briefing_meter()
    {
        // Nothing listens there: the exporter's pushes fail quietly (OpenTelemetry's own event source), the bot does not notice.
        await using var bot = await BotTestHost.StartAsync(loadDemoLibrary: false, configuration: new Dictionary<string, string?>
        {
            ["Telemetry:OtlpEndpoint"] = "http://127.0.0.1:1",
            ["Telemetry:OtlpProtocol"] = "http/protobuf",
        });

        Assert.NotNull(bot.Services.GetService<MeterProvider>());
    }

    [Theory]
    [InlineData("Telemetry:OtlpEndpoint", "collector", "Configuration error: Telemetry:OtlpEndpoint: Telemetry:OtlpEndpoint must be an absolute http(s) URL.")]
    [InlineData("Telemetry:OtlpProtocol", "udp", "Configuration error: Telemetry:OtlpProtocol: Telemetry:OtlpProtocol must be grpc or http/protobuf.")]
    public async Task A_bad_telemetry_value_is_one_line_naming_the_key(string key, string value, string expected)
    {
        var error = new StringWriter();
        var settings = new BotLaunchSettings
        {
            Configuration = new Dictionary<string, string?> { [key] = value },
            Output = new ConsoleOutput(TextWriter.Null, error),
            Input = TextReader.Null,
            Interactive = false,
            ContentRoot = AppContext.BaseDirectory,
        };

        Assert.Equal(ExitCodes.BadInput, await new CliApp(settings).RunAsync(["digest", "preview"], CancellationToken.None));
        Assert.Equal(expected, error.ToString().Trim());
    }
}
