using System.Collections.Concurrent;
using System.Text.Json;
using Briefing.Discord.Gateway;

namespace Briefing.Discord.Tests.Gateway;

/// <summary>Scoped marker: one instance per DI scope, remembers whether its scope was disposed.</summary>
internal sealed class ScopeProbe : IDisposable
{
    public Guid Id { get; } = Guid.NewGuid();

    public bool Disposed { get; private set; }

    public void Dispose() => Disposed = true;
}

/// <summary>What the dispatcher test handlers saw (singleton).</summary>
internal sealed class HandlerRecorder
{
    public ConcurrentQueue<(string Event, ScopeProbe Scope)> Healthy { get; } = new();

    public ConcurrentQueue<ScopeProbe> HangingScopes { get; } = new();

    public ConcurrentQueue<CancellationToken> HangingTokens { get; } = new();

    /// <summary>Set when a winding-down handler has started.</summary>
    public TaskCompletionSource WindingDownStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set when a winding-down handler has seen its cancellation.</summary>
    public TaskCompletionSource WindingDown { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completed by the test to let a winding-down handler finish its last write.</summary>
    public TaskCompletionSource MayFinish { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool WindingDownFinished { get; set; }
}

/// <summary>A test dispatch carrying a string "id"; a payload without one cannot be read.</summary>
internal sealed record ProbeCreated(string Id) : IGatewayDispatch<ProbeCreated>
{
    public static string EventName => "PROBE_CREATE";

    public static ProbeCreated Read(GatewayEvent gatewayEvent) => new(ProbeId.Read(gatewayEvent));
}

/// <summary>A second test dispatch, handled by the healthy handler only.</summary>
internal sealed record ProbeUpdated(string Id) : IGatewayDispatch<ProbeUpdated>
{
    public static string EventName => "PROBE_UPDATE";

    public static ProbeUpdated Read(GatewayEvent gatewayEvent) => new(ProbeId.Read(gatewayEvent));
}

/// <summary>A test dispatch handled by the winding-down handler only.</summary>
internal sealed record ProbeStopping(string Id) : IGatewayDispatch<ProbeStopping>
{
    public static string EventName => "PROBE_STOPPING";

    public static ProbeStopping Read(GatewayEvent gatewayEvent) => new(ProbeId.Read(gatewayEvent));
}

/// <summary>Honours cancellation, but still has a last write to make when cancelled (as a reply handler saving its record).</summary>
internal sealed class WindingDownHandler(HandlerRecorder recorder) : IGatewayEventHandler<ProbeStopping>
{
    public async Task HandleAsync(ProbeStopping gatewayEvent, CancellationToken cancellationToken)
    {
        recorder.WindingDownStarted.SetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        recorder.WindingDown.SetResult();
        await recorder.MayFinish.Task;
        recorder.WindingDownFinished = true;
    }
}

internal static class ProbeId
{
    public static string Read(GatewayEvent gatewayEvent) =>
        gatewayEvent.Data.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()!
            : throw new JsonException("no id");
}

internal sealed class ThrowingHandler : IGatewayEventHandler<ProbeCreated>
{
    public Task HandleAsync(ProbeCreated gatewayEvent, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("handler bug");
}

/// <summary>Never finishes and ignores its cancellation token: the worst a handler can do.</summary>
internal sealed class HangingHandler(HandlerRecorder recorder, ScopeProbe scope) : IGatewayEventHandler<ProbeCreated>
{
    public Task HandleAsync(ProbeCreated gatewayEvent, CancellationToken cancellationToken)
    {
        recorder.HangingScopes.Enqueue(scope);
        recorder.HangingTokens.Enqueue(cancellationToken);
        return new TaskCompletionSource().Task;
    }
}

internal sealed class HealthyHandler(HandlerRecorder recorder, ScopeProbe scope, IGatewaySession session)
    : IGatewayEventHandler<ProbeCreated>, IGatewayEventHandler<ProbeUpdated>
{
    public Task HandleAsync(ProbeCreated gatewayEvent, CancellationToken cancellationToken) =>
        Record($"{ProbeCreated.EventName}:{gatewayEvent.Id}");

    public Task HandleAsync(ProbeUpdated gatewayEvent, CancellationToken cancellationToken) =>
        Record($"{ProbeUpdated.EventName}:{gatewayEvent.Id}");

    private Task Record(string seen)
    {
        // Handlers read the bot's own user id (for mention detection) from the injected session.
        _ = session.BotUserId;
        recorder.Healthy.Enqueue((seen, scope));
        return Task.CompletedTask;
    }
}

internal static class DispatcherTestRegistration
{
    public static IServiceCollection AddProbeHandlers(this IServiceCollection services)
    {
        services.AddSingleton<HandlerRecorder>();
        services.AddScoped<ScopeProbe>();
        services.AddGatewayEventHandler<ProbeCreated, ThrowingHandler>();
        services.AddGatewayEventHandler<ProbeCreated, HangingHandler>();
        services.AddGatewayEventHandler<ProbeCreated, HealthyHandler>();
        services.AddGatewayEventHandler<ProbeUpdated, HealthyHandler>();
        services.AddGatewayEventHandler<ProbeStopping, WindingDownHandler>();
        return services;
    }
}
