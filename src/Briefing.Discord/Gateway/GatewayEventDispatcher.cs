using System.Collections.Frozen;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Discord.Gateway;

/// <summary>
/// Reads the gateway event queue and hands each event to the handlers registered for its name (resolved once, at
/// start), each invocation in its own DI scope and on its own task with a timeout. The reader never awaits a handler, so a handler that throws
/// or hangs only costs itself (and one of <see cref="DiscordGatewayOptions.MaxConcurrentHandlers"/> slots until it times out).
/// </summary>
internal sealed class GatewayEventDispatcher(
    GatewayEventQueue queue,
    IServiceScopeFactory scopeFactory,
    IEnumerable<GatewayEventRoute> routes,
    IOptions<DiscordGatewayOptions> options,
    TimeProvider timeProvider,
    ILogger<GatewayEventDispatcher> logger) : BackgroundService
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentHandlers, options.Value.MaxConcurrentHandlers);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var routesByName = routes.GroupBy(route => route.EventName, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
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
                _ = InvokeAsync(gatewayEvent, route, stoppingToken);
            }
        }
    }

    public override void Dispose()
    {
        _slots.Dispose();
        base.Dispose();
    }

    private async Task InvokeAsync(GatewayEvent gatewayEvent, GatewayEventRoute route, CancellationToken stoppingToken)
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
            work = Task.Run(() => route.InvokeAsync(scope.ServiceProvider, gatewayEvent, logger, handlerCancellation.Token), CancellationToken.None);
            await work.WaitAsync(timeout, timeProvider, stoppingToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The wait and the token's timer are two timers of the same length: when the wait wins, the source is
            // disposed below before its own timer fires, and a handler waiting on the token would hang forever.
            await handlerCancellation.CancelAsync().ConfigureAwait(false);
            GatewayLog.HandlerTimedOut(logger, handlerName, gatewayEvent.Name, timeout);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested || handlerCancellation.IsCancellationRequested)
        {
            // Shutting down, or the handler gave up when its token was cancelled at the timeout.
        }
        catch (Exception ex)
        {
            GatewayLog.HandlerFailed(logger, handlerName, gatewayEvent.Name, ex);
        }
        finally
        {
            _slots.Release();
            await DisposeScopeWhenDoneAsync(scope, work).ConfigureAwait(false);
        }
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
