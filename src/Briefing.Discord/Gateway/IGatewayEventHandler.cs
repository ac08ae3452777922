namespace Briefing.Discord.Gateway;

/// <summary>
/// Receives one kind of dispatch from the event dispatcher, each call in its own DI scope. Register with
/// <see cref="GatewayEventHandlerServiceCollectionExtensions.AddGatewayEventHandler{TEvent, THandler}"/>; a handler that
/// throws or hangs is logged and never stalls the gateway, and a payload that cannot be read never reaches it.
/// </summary>
public interface IGatewayEventHandler<in TEvent>
{
    Task HandleAsync(TEvent gatewayEvent, CancellationToken cancellationToken);
}
