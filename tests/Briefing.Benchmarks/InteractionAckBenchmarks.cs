using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Briefing.Discord;
using Briefing.Discord.Gateway;
using Briefing.Discord.Interactions;
using Briefing.Discord.Json;
using Briefing.Discord.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Benchmarks;

/// <summary>
/// The acknowledgement path in one process: a gateway frame's bytes in (parsed as the connection runner parses them,
/// queued with their arrival time), through the interaction lane, the dispatcher and a handler, to the callback request
/// leaving the REST client (rate limiter and JSON included; the HTTP answer comes from an in-process fake). Three cases:
/// the answer ready at once (type 4 with with_response), deferred at arrival (type 5; the lane decides so when it is busy
/// or the command has been slow, here with a budget of zero), and refused by the checks at arrival (a private type 4, the
/// handler never runs: what most of a one-user burst gets once the per-user limit is reached).
/// Run: dotnet run -c Release --project tests/Briefing.Benchmarks -- --filter '*InteractionAck*' --job short
/// </summary>
[MemoryDiagnoser]
public class InteractionAckBenchmarks
{
    private readonly CallbackRecorder _discord = new();
    private IHost _host = null!;
    private IServiceProvider _services = null!;
    private GatewayEventQueue _queue = null!;
    private IHostedService _dispatcher = null!;
    private TimeProvider _time = null!;
    private byte[][] _frames = [];
    private int _next;

    /// <summary>How the acknowledgement goes out.</summary>
    public enum AckPath
    {
        /// <summary>The handler answers in the acknowledgement (type 4).</summary>
        Answer,
        /// <summary>Deferred at arrival (type 5); the answer edits it.</summary>
        DeferAtArrival,
        /// <summary>Refused by the checks at arrival (a private type 4); no handler runs.</summary>
        RefuseAtArrival,
    }

    [Params(AckPath.Answer, AckPath.DeferAtArrival, AckPath.RefuseAtArrival)]
    public AckPath Path { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = "bench-token",
            ["Discord:ApiBaseUrl"] = "http://discord.invalid/api/v10",
            ["Discord:Interactions:AckBudget"] = Path == AckPath.DeferAtArrival ? "00:00:00" : "00:00:00.150",
            // The benchmark waits for the callback, not for the handler's end: a lane "busy" with the previous one's tail
            // must not turn an Answer case into a deferral.
            ["Discord:Interactions:BusyFrom"] = "10000",
        }).Build();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddConfiguration(configuration);
        var services = builder.Services;
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddDiscordRest(configuration);
        services.AddHttpClient(DiscordRestServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _discord);
        services.AddDiscordGateway(configuration);
        services.AddGatewayEventHandler<InteractionCreate, PongHandler>();
        if (Path == AckPath.RefuseAtArrival)
        {
            services.AddSingleton<IInteractionAdmission, RefuseAll>();
        }
        _host = builder.Build();
        _services = _host.Services;
        _queue = _services.GetRequiredService<GatewayEventQueue>();
        _time = _services.GetRequiredService<TimeProvider>();
        _dispatcher = _services.GetServices<IHostedService>().OfType<GatewayEventDispatcher>().Single();
        _dispatcher.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        // Distinct ids and tokens, as Discord sends them (each token is its own rate-limit resource).
        _frames = [.. Enumerable.Range(1, 1024).Select(Frame)];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _dispatcher.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
        _host.Dispose();
    }

    [Benchmark]
    public async Task FrameToCallbackSent()
    {
        _discord.Reset();
        var frame = _frames[_next++ % _frames.Length];
        var arrivedAt = _time.GetUtcNow();
        var payload = JsonSerializer.Deserialize(frame, DiscordJsonContext.Default.GatewayPayload)!;
        await _queue.EnqueueAsync(new GatewayEvent(payload.T!, payload.D, 0, arrivedAt), CancellationToken.None);
        await _discord.NextCallback;
    }

    private const string FrameTemplate = """
        {"op":0,"s":SEQ,"t":"INTERACTION_CREATE","d":{"id":"ID","application_id":"1290000000000000001",
         "type":2,"token":"itoken-SEQ","version":1,"guild_id":"1290000000000000100","channel_id":"1290000000000000200",
         "data":{"id":"7","name":"summarize","type":1,"options":[{"name":"query","type":3,"value":"north korea statement"}]},
         "member":{"user":{"id":"1290000000000000300","username":"ceo"},"permissions":"2147483648"}}}
        """;

    private static byte[] Frame(int index) => Encoding.UTF8.GetBytes(FrameTemplate
        .Replace("SEQ", index.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("ID", (1_300_000_000_000_000_000UL + (ulong)index).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

    /// <summary>Checks at arrival that refuse every command (as the per-user rate limit does past its permits).</summary>
    private sealed class RefuseAll : IInteractionAdmission
    {
        private static readonly InteractionAdmission Refusal =
            InteractionAdmission.Refused(new MessagePayload { Content = "Please try again in 42 s.", Flags = MessagePayload.EphemeralFlag });

        public InteractionAdmission Admit(Interaction interaction) => Refusal;
    }

    /// <summary>A command whose answer is ready at once: it answers in the acknowledgement when it still can, else edits.</summary>
    private sealed class PongHandler : IGatewayEventHandler<InteractionCreate>
    {
        public async Task HandleAsync(InteractionCreate gatewayEvent, CancellationToken cancellationToken)
        {
            await using var responder = gatewayEvent.Responder!;
            if (!await responder.AnswerAsync(MessagePayload.Text("pong"), cancellationToken))
            {
                await responder.EditOriginalAsync(MessagePayload.Text("pong"), cancellationToken);
            }
        }
    }
}
