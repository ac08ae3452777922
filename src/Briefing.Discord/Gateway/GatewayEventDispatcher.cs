using System.Collections.Concurrent;
using System.Collections.Frozen;
using Briefing.Discord.Interactions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Discord.Gateway;

/// <summary>
/// Reads the gateway event queue and hands each event to the handlers registered for its name (resolved once, at
/// start), each invocation in its own DI scope and on its own task with a timeout. The reader never awaits a handler, so a handler that throws
/// or hangs only costs itself (and one of <see cref="DiscordGatewayOptions.MaxConcurrentHandlers"/> slots until it times out).
/// Interactions come from their own lane, read by a loop of their own with slots of their own
/// (<see cref="InteractionOptions.MaxConcurrentHandlers"/>), so they never wait behind other events or their handlers.
/// </summary>
internal sealed class GatewayEventDispatcher(
    GatewayEventQueue queue,
    IServiceScopeFactory scopeFactory,
    IEnumerable<GatewayEventRoute> routes,
    IOptions<DiscordGatewayOptions> options,
    IOptions<InteractionOptions> interactionOptions,
    TimeProvider timeProvider,
    ILogger<GatewayEventDispatcher> logger) : BackgroundService
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentHandlers, options.Value.MaxConcurrentHandlers);
    private readonly SemaphoreSlim _interactionSlots = new(interactionOptions.Value.MaxConcurrentHandlers, interactionOptions.Value.MaxConcurrentHandlers);

    // Handlers still running (not given up on at their timeout): stopping waits for them, so none of them writes to
    // storage or Discord after the host has stopped.
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var routesByName = routes.GroupBy(route => route.EventName, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
        return Task.WhenAll(DispatchEventsAsync(routesByName, stoppingToken), DispatchInteractionsAsync(routesByName, stoppingToken));
    }

    private async Task DispatchInteractionsAsync(FrozenDictionary<string, GatewayEventRoute[]> routesByName, CancellationToken stoppingToken)
    {
        if (queue.Interactions is not { } lane || !routesByName.TryGetValue(InteractionCreate.EventName, out var interactionRoutes))
        {
            return;
        }

        await foreach (var interaction in lane.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            var started = timeProvider.GetTimestamp();
            var runs = new Task[interactionRoutes.Length];
            for (var i = 0; i < interactionRoutes.Length; i++)
            {
                var route = interactionRoutes[i];
                await _interactionSlots.WaitAsync(stoppingToken).ConfigureAwait(false);
                // Already read (and its responder armed) at arrival: the handler gets the typed event as it is.
                runs[i] = InvokeAsync(InteractionCreate.EventName, route, (services, ct) => route.HandleAsync(services, interaction, ct), _interactionSlots, stoppingToken);
            }
            _ = ReportFinishedAsync(lane, interaction, runs, started);
        }
    }

    // The lane counts what it holds and learns how long each command takes, to decide the next acknowledgements at arrival.
    private async Task ReportFinishedAsync(InteractionLane lane, InteractionCreate interaction, Task[] runs, long started)
    {
        // InvokeAsync logs what a handler throws, and returns at the handler timeout even when the handler hangs on.
        await Task.WhenAll(runs).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        lane.Finished(interaction, timeProvider.GetElapsedTime(started));
    }

    private async Task DispatchEventsAsync(FrozenDictionary<string, GatewayEventRoute[]> routesByName, CancellationToken stoppingToken)
    {
        await foreach (var gatewayEvent in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            // Events nobody handles (GUILD_CREATE, TYPING_START...) cost a lookup, not a scope.
            if (!routesByName.TryGetValue(gatewayEvent.Name, out var eventRoutes))
            {
                continue;
            }

            foreach (var route in eventRoutes)
            {
                await _slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                _ = InvokeAsync(gatewayEvent.Name, route, (services, ct) => route.InvokeAsync(services, gatewayEvent, logger, ct), _slots, stoppingToken);
            }
        }
    }

    /// <summary>
    /// Stops reading events, then lets the handlers that are still running wind down: they were cancelled with the
    /// stopping token, and get at most <see cref="DiscordGatewayOptions.StopGrace"/> before the host moves on.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(_running.Keys)
            .WaitAsync(options.Value.StopGrace, timeProvider, cancellationToken)
            .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public override void Dispose()
    {
        _slots.Dispose();
        _interactionSlots.Dispose();
        base.Dispose();
    }

    private async Task InvokeAsync(
        string eventName, GatewayEventRoute route, Func<IServiceProvider, CancellationToken, Task> handle, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        // A scope per handler invocation: scoped services (a database connection...) are never shared between the
        // concurrent tasks of different handlers.
        var scope = scopeFactory.CreateAsyncScope();
        var handlerName = route.HandlerName;
        Task? work = null;
        var timeout = options.Value.HandlerTimeout;
        using var handlerCancellation = new CancellationTokenSource(timeout, timeProvider);
        using var stopping = stoppingToken.Register(handlerCancellation.Cancel);
        try
        {
            // Task.Run: a handler that blocks synchronously before its first await must not block this loop either.
            work = Task.Run(() => handle(scope.ServiceProvider, handlerCancellation.Token), CancellationToken.None);
            Track(work);
            await work.WaitAsync(timeout, timeProvider, stoppingToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The wait and the token's timer are two timers of the same length: when the wait wins, the source is
            // disposed below before its own timer fires, and a handler waiting on the token would hang forever.
            await handlerCancellation.CancelAsync().ConfigureAwait(false);
            // Given up on: a hung handler does not hold up stopping either.
            _running.TryRemove(work!, out _);
            GatewayLog.HandlerTimedOut(logger, handlerName, eventName, timeout);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested || handlerCancellation.IsCancellationRequested)
        {
            // Shutting down, or the handler gave up when its token was cancelled at the timeout. The wait above can
            // end before the stopping token's other callback has cancelled the handler's token (callbacks run in
            // reverse order), and the source is disposed on the way out: cancel it here so the handler hears of it.
            await handlerCancellation.CancelAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            GatewayLog.HandlerFailed(logger, handlerName, eventName, ex);
        }
        finally
        {
            slots.Release();
            await DisposeScopeWhenDoneAsync(scope, work).ConfigureAwait(false);
        }
    }

    private void Track(Task work)
    {
        _running.TryAdd(work, 0);
        _ = work.ContinueWith(done => _running.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private static async Task DisposeScopeWhenDoneAsync(AsyncServiceScope scope, Task? work)
    {
        if (work is { IsCompleted: false })
        {
            // A hung handler may still use its scoped services: dispose them only once it really finishes.
            _ = work.ContinueWith(_ => scope.DisposeAsync().AsTask(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            return;
        }

        await scope.DisposeAsync().ConfigureAwait(false);
    }
}
