using Briefing.Discord.Gateway;
using Briefing.Discord.Interactions;
using Briefing.Discord.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Briefing.Discord.Tests.Gateway;

/// <summary>INTERACTION_CREATE's own lane: acknowledged on time from arrival, never behind other events, never dropped.</summary>
public sealed class InteractionLaneTests
{
    private readonly InteractionLaneHarness _harness = new();
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Time_spent_waiting_for_a_handler_counts_toward_the_budget()
    {
        // Not "busy" with one interaction in hand, whatever this machine's processor count: the second waits for the budget.
        using var host = BuildHost(new() { ["Discord:Interactions:MaxConcurrentHandlers"] = "1", ["Discord:Interactions:BusyFrom"] = "4" });
        await using var running = await StartAsync(host);

        // Both arrive now; the only handler slot is taken by the first, so the second waits in the lane.
        await FirstHangsThenSecondArrivesAsync(host);

        _time.Advance(TimeSpan.FromMilliseconds(149));
        Assert.Empty(_harness.Callbacks);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await WaitUntilAsync(() => _harness.Callbacks.Count == 2);

        // Deferred at the budget's end, counted from arrival, although the second one's handler has not even started.
        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, Assert.Single(_harness.CallbacksOf(1)).Type);
        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, Assert.Single(_harness.CallbacksOf(2)).Type);
        Assert.DoesNotContain(2UL, _harness.Started);
    }

    [Fact]
    public async Task A_command_refused_by_the_checks_at_arrival_is_answered_in_its_acknowledgement_and_never_queues()
    {
        using var host = BuildHost([], services => services.AddSingleton<IInteractionAdmission>(new RefusingAdmission(7)));
        await using var running = await StartAsync(host);
        var queue = host.Services.GetRequiredService<GatewayEventQueue>();

        Assert.True(await queue.EnqueueAsync(InteractionLaneHarness.Interaction(7, _time.GetUtcNow()), CancellationToken.None));
        Assert.True(await queue.EnqueueAsync(InteractionLaneHarness.Interaction(8, _time.GetUtcNow()), CancellationToken.None));

        // No time passes: one private type 4 carries the refusal; the admitted one reaches its handler marked as checked.
        await WaitUntilAsync(() => _harness.CallbacksOf(7).Any() && _harness.Started.Contains(8UL));
        var refusal = Assert.Single(_harness.CallbacksOf(7));
        Assert.Equal(InteractionCallbackType.ChannelMessageWithSource, refusal.Type);
        Assert.Equal(RefusingAdmission.Refusal, refusal.Content);
        Assert.Equal(MessagePayload.EphemeralFlag, refusal.Flags);
        Assert.DoesNotContain(7UL, _harness.Started);
        Assert.Contains(8UL, _harness.AdmittedIds);

        // No deferral follows the refusal (the fake clock fires due alarms inline, and the fake REST client records at once).
        _time.Advance(TimeSpan.FromSeconds(3));
        Assert.Single(_harness.CallbacksOf(7));
    }

    [Fact]
    public async Task A_command_arriving_while_the_lane_is_busy_is_deferred_at_once_instead_of_waiting_out_the_budget()
    {
        using var host = BuildHost(new() { ["Discord:Interactions:BusyFrom"] = "1" });
        await using var running = await StartAsync(host);
        var queue = host.Services.GetRequiredService<GatewayEventQueue>();
        _harness.Hang[1] = true;
        // The second's handler must not finish first: a handler that ends unanswered retires its responder, and the
        // deferral at arrival (sent from the thread pool) would then find nothing to defer on a loaded machine.
        _harness.Hang[2] = true;

        Assert.True(await queue.EnqueueAsync(InteractionLaneHarness.Interaction(1, _time.GetUtcNow()), CancellationToken.None));
        await WaitUntilAsync(() => _harness.Started.Contains(1UL));
        Assert.True(await queue.EnqueueAsync(InteractionLaneHarness.Interaction(2, _time.GetUtcNow()), CancellationToken.None));

        // No time passes: the second is deferred at arrival; the first (an idle lane when it came) still has its budget.
        await WaitUntilAsync(() => _harness.CallbacksOf(2).Any());
        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, Assert.Single(_harness.CallbacksOf(2)).Type);
        Assert.Empty(_harness.CallbacksOf(1));
    }

    [Fact]
    public async Task A_command_whose_runs_have_been_missing_the_budget_is_deferred_at_arrival()
    {
        using var host = BuildHost([]);
        await using var running = await StartAsync(host);
        var queue = host.Services.GetRequiredService<GatewayEventQueue>();
        var lane = host.Services.GetRequiredService<InteractionLane>();
        var slow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _harness.Gates[1] = slow;

        // One /summarize takes 400 ms: deferred at its budget's end, as nothing was known about it yet.
        Assert.True(await queue.EnqueueAsync(InteractionLaneHarness.Interaction(1, _time.GetUtcNow()), CancellationToken.None));
        await WaitUntilAsync(() => _harness.Started.Contains(1UL));
        _time.Advance(TimeSpan.FromMilliseconds(400));
        slow.SetResult();
        await WaitUntilAsync(() => lane.InHand == 0);
        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, Assert.Single(_harness.CallbacksOf(1)).Type);

        // The next one, alone in the lane, is deferred the moment it arrives (its handler hangs, so the deferral is the
        // arrival's, not raced by a handler that ends unanswered).
        _harness.Hang[2] = true;
        Assert.True(await queue.EnqueueAsync(InteractionLaneHarness.Interaction(2, _time.GetUtcNow()), CancellationToken.None));
        await WaitUntilAsync(() => _harness.CallbacksOf(2).Any());
        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, Assert.Single(_harness.CallbacksOf(2)).Type);
    }

    [Fact]
    public async Task A_full_lane_answers_busy_at_once_instead_of_dropping_the_interaction()
    {
        using var host = BuildHost(new()
        {
            ["Discord:Interactions:MaxConcurrentHandlers"] = "1",
            ["Discord:Interactions:QueueCapacity"] = "1",
        });
        await using var running = await StartAsync(host);
        var queue = host.Services.GetRequiredService<GatewayEventQueue>();

        await FirstHangsThenSecondArrivesAsync(host);
        Assert.True(await queue.EnqueueAsync(InteractionLaneHarness.Interaction(3, _time.GetUtcNow()), CancellationToken.None));
        Assert.True(await queue.EnqueueAsync(InteractionLaneHarness.Interaction(4, _time.GetUtcNow()), CancellationToken.None));

        // No time passes: the lane holds exactly one running and one waiting (it counts them itself, whatever its reader
        // holds), so the third and the fourth are answered now, privately, with a reason to retry; the second waits its turn.
        await WaitUntilAsync(() => _harness.CallbacksOf(3).Any() && _harness.CallbacksOf(4).Any());
        foreach (var id in new ulong[] { 3, 4 })
        {
            var busy = Assert.Single(_harness.CallbacksOf(id));
            Assert.Equal(InteractionCallbackType.ChannelMessageWithSource, busy.Type);
            Assert.Equal(BusyReply.Text, busy.Content);
            Assert.Equal(MessagePayload.EphemeralFlag, busy.Flags);
        }
        Assert.DoesNotContain(_harness.Callbacks, callback => callback.Id == 2 && callback.Type == InteractionCallbackType.ChannelMessageWithSource);
        Assert.Contains(host.Services.GetFakeLogCollector().GetSnapshot(), log => log.Level == LogLevel.Warning && log.Message.Contains("lane full", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Interactions_pass_a_full_event_queue_and_its_hung_handlers()
    {
        using var host = BuildHost(new()
        {
            ["Discord:Gateway:EventQueueCapacity"] = "1",
            ["Discord:Gateway:MaxConcurrentHandlers"] = "1",
        }, services => services.AddGatewayEventHandler<ProbeCreated, HangingHandler>().AddSingleton<HandlerRecorder>().AddScoped<ScopeProbe>());
        await using var running = await StartAsync(host);
        var queue = host.Services.GetRequiredService<GatewayEventQueue>();

        // One event hangs the only handler slot; then events go in until one has to wait. (The dispatcher may already
        // hold the next event while it waits for a slot, so how many fit before the queue is full is one or two.)
        Assert.True(await queue.EnqueueAsync(Probe("1"), CancellationToken.None));
        await WaitUntilAsync(() => host.Services.GetRequiredService<HandlerRecorder>().HangingScopes.Count == 1);
        var enqueued = Enumerable.Range(2, 4).Select(id => queue.EnqueueAsync(Probe(id.ToString(System.Globalization.CultureInfo.InvariantCulture)), CancellationToken.None));
        Assert.Contains(enqueued, attempt => !attempt.IsCompleted);

        var interaction = queue.EnqueueAsync(InteractionLaneHarness.Interaction(9, _time.GetUtcNow()), CancellationToken.None);
        Assert.True(interaction.IsCompletedSuccessfully);
        await WaitUntilAsync(() => _harness.Started.Contains(9UL));
    }

    private static GatewayEvent Probe(string id) =>
        new(ProbeCreated.EventName, System.Text.Json.JsonDocument.Parse($$"""{"id":"{{id}}"}""").RootElement.Clone(), 0, DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task The_lane_tells_background_work_what_it_holds_and_when_the_last_interaction_arrived_refused_ones_included()
    {
        using var host = BuildHost([], services => services.AddSingleton<IInteractionAdmission>(new RefusingAdmission(7)));
        await using var running = await StartAsync(host);
        var activity = host.Services.GetRequiredService<IInteractionActivity>();
        var queue = host.Services.GetRequiredService<GatewayEventQueue>();
        Assert.Null(activity.LastArrivedAt);

        // A refusal is answered at arrival and never held, but it still counts as the lane's latest arrival.
        var refusedAt = _time.GetUtcNow();
        Assert.True(await queue.EnqueueAsync(InteractionLaneHarness.Interaction(7, refusedAt), CancellationToken.None));
        await WaitUntilAsync(() => _harness.CallbacksOf(7).Any());
        Assert.Equal(refusedAt, activity.LastArrivedAt);
        Assert.Equal(0, activity.InHand);

        _time.Advance(TimeSpan.FromSeconds(1));
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _harness.Gates[8] = gate;
        Assert.True(await queue.EnqueueAsync(InteractionLaneHarness.Interaction(8, _time.GetUtcNow()), CancellationToken.None));
        await WaitUntilAsync(() => _harness.Started.Contains(8UL));
        Assert.Equal(1, activity.InHand);
        Assert.Equal(_time.GetUtcNow(), activity.LastArrivedAt);

        gate.SetResult();
        await WaitUntilAsync(() => activity.InHand == 0);
    }

    private IHost BuildHost(Dictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        settings["Discord:Token"] = "test-token-abc";
        // No stop grace: handlers are left hung on purpose, and the fake clock would never end the grace.
        settings["Discord:Gateway:StopGrace"] = "00:00:00";
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddFakeLogging();
        builder.Services.AddSingleton<TimeProvider>(_time);
        builder.Services.AddSingleton<Briefing.Discord.Rest.IGatewayBotSource>(new FakeGatewayBotSource("ws://unused"));
        _harness.Register(builder.Services);
        configure?.Invoke(builder.Services);
        builder.Services.AddDiscordGateway(builder.Configuration);
        return builder.Build();
    }

    // The dispatcher only: these tests feed the queue themselves, no gateway connection is made.
    private static async Task<IAsyncDisposable> StartAsync(IHost host)
    {
        var dispatcher = host.Services.GetServices<IHostedService>().OfType<GatewayEventDispatcher>().Single();
        await dispatcher.StartAsync(CancellationToken.None);
        return new Stopper(dispatcher);
    }

    private sealed class Stopper(GatewayEventDispatcher dispatcher) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await dispatcher.StopAsync(CancellationToken.None);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(FakeGatewayConnection.ScriptTimeout);
        while (!condition())
        {
            await Task.Delay(5, timeout.Token);
        }
    }

    /// <summary>Interaction 1 takes the only handler slot and hangs there; interaction 2 arrives behind it.</summary>
    private async Task FirstHangsThenSecondArrivesAsync(IHost host)
    {
        var queue = host.Services.GetRequiredService<GatewayEventQueue>();
        _harness.Hang[1] = true;
        Assert.True(await queue.EnqueueAsync(InteractionLaneHarness.Interaction(1, _time.GetUtcNow()), CancellationToken.None));
        await WaitUntilAsync(() => _harness.Started.Contains(1UL));
        Assert.True(await queue.EnqueueAsync(InteractionLaneHarness.Interaction(2, _time.GetUtcNow()), CancellationToken.None));
    }
}
