using Briefing.Discord.Gateway;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Briefing.Discord.Tests.Gateway;

/// <summary>
/// The gateway's event dispatcher on its own (no connection): events go in through <see cref="Queue"/>, the probe
/// handlers (5 s handler timeout) report to <see cref="Recorder"/>. Disposing stops the dispatcher.
/// </summary>
internal sealed class DispatcherTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private DispatcherTestHost(IHost host) => _host = host;

    public GatewayEventQueue Queue => _host.Services.GetRequiredService<GatewayEventQueue>();

    public HandlerRecorder Recorder => _host.Services.GetRequiredService<HandlerRecorder>();

    public FakeLogCollector Logs => _host.Services.GetFakeLogCollector();

    private GatewayEventDispatcher Dispatcher => _host.Services.GetServices<IHostedService>().OfType<GatewayEventDispatcher>().Single();

    public static async Task<DispatcherTestHost> StartAsync(TimeProvider time)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = "test-token-abc",
            ["Discord:Gateway:HandlerTimeout"] = "00:00:05",
        });
        builder.Logging.AddFakeLogging();
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton<IGatewayBotSource>(new FakeGatewayBotSource("ws://unused"));
        builder.Services.AddProbeHandlers();
        builder.Services.AddDiscordGateway(builder.Configuration);
        var host = new DispatcherTestHost(builder.Build());
        await host.Dispatcher.StartAsync(CancellationToken.None);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await Dispatcher.StopAsync(CancellationToken.None);
        _host.Dispose();
    }
}
