using Briefing.Discord.Gateway;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Briefing.Discord.Tests.Gateway;

/// <summary>
/// A real host running <c>AddDiscordGateway</c> against a <see cref="FakeGatewayServer"/>, on a FakeTimeProvider.
/// With <c>autoAdvanceClock</c> a pump moves fake time forward 1 s every 2 ms of real time, so heartbeats, backoffs
/// and waits of minutes pass in well under a second while their order stays the real protocol's.
/// </summary>
internal sealed class GatewayTestHost : IAsyncDisposable
{
    private readonly CancellationTokenSource _pumpStop = new();
    private Task _pump = Task.CompletedTask;

    private GatewayTestHost(IHost host, WatchedTimeProvider time)
    {
        Host = host;
        Time = time;
    }

    public IHost Host { get; }

    public WatchedTimeProvider Time { get; }

    public IGatewaySession Session => Host.Services.GetRequiredService<IGatewaySession>();

    public FakeLogCollector Logs => Host.Services.GetFakeLogCollector();

    public static async Task<GatewayTestHost> StartAsync(
        IGatewayBotSource botSource,
        bool autoAdvanceClock,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        // No stop grace: several tests leave handlers hung on purpose, and the fake clock would never end the grace.
        var configuration = new Dictionary<string, string?>
        {
            ["Discord:Token"] = "test-token-abc", ["Discord:ShardId"] = "0", ["Discord:ShardCount"] = "1", ["Discord:Gateway:StopGrace"] = "00:00:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.AddFakeLogging();
        var time = new WatchedTimeProvider();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<IJitterSource>(new FixedJitterSource(0.5));
        builder.Services.AddSingleton(botSource);
        configureServices?.Invoke(builder.Services);
        builder.Services.AddDiscordGateway(builder.Configuration);

        var testHost = new GatewayTestHost(builder.Build(), time);
        await testHost.Host.StartAsync();
        if (autoAdvanceClock)
        {
            testHost._pump = testHost.PumpClockAsync(testHost._pumpStop.Token);
        }

        return testHost;
    }

    /// <summary>Completes when something asked the host to stop (the fatal-close path).</summary>
    public Task WaitForStopRequestAsync()
    {
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => stopping.TrySetResult());
        return stopping.Task.WaitAsync(FakeGatewayConnection.ScriptTimeout);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        await _pumpStop.CancelAsync();
        await _pump;
        Host.Dispose();
        _pumpStop.Dispose();
    }

    private async Task PumpClockAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(2, CancellationToken.None);
        }
    }
}
