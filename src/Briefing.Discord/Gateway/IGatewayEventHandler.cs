namespace Briefing.Discord.Gateway;

/// <summary>
/// Receives dispatches from the event dispatcher, each call in its own DI scope. Registered as scoped or
/// transient services; a handler that throws or hangs is logged and never stalls the gateway.
/// </summary>
public interface IGatewayEventHandler
{
    Task HandleAsync(GatewayEvent gatewayEvent, CancellationToken cancellationToken);
}
