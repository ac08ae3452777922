using System.Collections.Concurrent;
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
}

internal sealed class ThrowingHandler : IGatewayEventHandler
{
    public Task HandleAsync(GatewayEvent gatewayEvent, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("handler bug");
}

/// <summary>Never finishes and ignores its cancellation token: the worst a handler can do.</summary>
internal sealed class HangingHandler(HandlerRecorder recorder, ScopeProbe scope) : IGatewayEventHandler
{
    public Task HandleAsync(GatewayEvent gatewayEvent, CancellationToken cancellationToken)
    {
        recorder.HangingScopes.Enqueue(scope);
        recorder.HangingTokens.Enqueue(cancellationToken);
        return new TaskCompletionSource().Task;
    }
}

internal sealed class HealthyHandler(HandlerRecorder recorder, ScopeProbe scope, IGatewaySession session) : IGatewayEventHandler
{
    public Task HandleAsync(GatewayEvent gatewayEvent, CancellationToken cancellationToken)
    {
        // Handlers read the bot's own user id (for mention detection) from the injected session.
        _ = session.BotUserId;
        recorder.Healthy.Enqueue((gatewayEvent.Name, scope));
        return Task.CompletedTask;
    }
}
