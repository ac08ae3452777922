namespace Briefing.Discord.Gateway;

/// <summary>
/// A typed gateway dispatch: the event name it answers to and how its <c>d</c> is read. The dispatcher resolves a
/// name to its handlers once, so a handler only ever sees the event it declared.
/// </summary>
public interface IGatewayDispatch<TSelf> where TSelf : IGatewayDispatch<TSelf>
{
    /// <summary>The dispatch's <c>t</c>, e.g. <c>INTERACTION_CREATE</c>.</summary>
    static abstract string EventName { get; }

    /// <summary>Reads the raw event; a payload of the wrong shape throws <see cref="System.Text.Json.JsonException"/>.</summary>
    static abstract TSelf Read(GatewayEvent gatewayEvent);
}
