using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Briefing.Discord.Gateway;
using Microsoft.Extensions.Logging;

namespace Briefing.Bot.DiscordTransport;

/// <summary>
/// Picks one dispatch out of the gateway's events and reads its payload. Every handler sees every event, so other
/// names are skipped quietly; a payload of the wrong shape is logged and skipped, never thrown into the dispatcher.
/// </summary>
internal static class GatewayEventReader
{
    public static bool TryRead<T>(GatewayEvent gatewayEvent, string eventName, Func<JsonElement, T> parse, ILogger logger, [NotNullWhen(true)] out T? payload)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(gatewayEvent);
        payload = null;
        if (gatewayEvent.Name != eventName) return false;
        try
        {
            payload = parse(gatewayEvent.Data);
            return true;
        }
        catch (JsonException exception)
        {
            DiscordTransportLog.UnreadablePayload(logger, eventName, exception);
            return false;
        }
    }
}
