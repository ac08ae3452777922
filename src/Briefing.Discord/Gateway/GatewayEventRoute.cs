using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefing.Discord.Gateway;

/// <summary>
/// One registered handler of one event name: reads the typed event and calls the handler resolved from the
/// invocation's scope. Built at registration, so the dispatcher never inspects types per event.
/// </summary>
internal sealed class GatewayEventRoute(
    string eventName, string handlerName, Func<GatewayEvent, object> read, Func<IServiceProvider, object, CancellationToken, Task> handle)
{
    public string EventName { get; } = eventName;

    public string HandlerName { get; } = handlerName;

    /// <summary>Reads the event and runs the handler; a payload of the wrong shape is logged and never reaches it.</summary>
    public Task InvokeAsync(IServiceProvider services, GatewayEvent gatewayEvent, ILogger logger, CancellationToken cancellationToken)
    {
        object typed;
        try
        {
            typed = read(gatewayEvent);
        }
        catch (JsonException ex)
        {
            GatewayDispatchLog.UnreadablePayload(logger, gatewayEvent.Name, HandlerName, ex);
            return Task.CompletedTask;
        }

        return handle(services, typed, cancellationToken);
    }

    /// <summary>Runs the handler on an event already read (an interaction, read at arrival).</summary>
    public Task HandleAsync(IServiceProvider services, object typed, CancellationToken cancellationToken) => handle(services, typed, cancellationToken);

    public static GatewayEventRoute For<TEvent, THandler>()
        where TEvent : IGatewayDispatch<TEvent>
        where THandler : class, IGatewayEventHandler<TEvent> =>
        new(TEvent.EventName, typeof(THandler).Name,
            static gatewayEvent => TEvent.Read(gatewayEvent),
            static (services, typed, cancellationToken) => services.GetRequiredService<THandler>().HandleAsync((TEvent)typed, cancellationToken));
}
