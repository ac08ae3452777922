using Briefing.Discord.Json;
using Briefing.Discord.Models;

namespace Briefing.Discord.Gateway;

/// <summary>MESSAGE_CREATE: a message posted where the bot can see it (the bot's own included).</summary>
public sealed record MessageCreate(DiscordMessage Message, int ShardId) : IGatewayDispatch<MessageCreate>
{
    public static string EventName => "MESSAGE_CREATE";

    public static MessageCreate Read(GatewayEvent gatewayEvent)
    {
        ArgumentNullException.ThrowIfNull(gatewayEvent);
        return new(DiscordPayloadParser.ParseMessage(gatewayEvent.Data), gatewayEvent.ShardId);
    }
}
