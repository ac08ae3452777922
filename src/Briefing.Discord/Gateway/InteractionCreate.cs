using Briefing.Discord.Json;
using Briefing.Discord.Models;

namespace Briefing.Discord.Gateway;

/// <summary>INTERACTION_CREATE: a slash command, autocomplete, component click or modal, from one shard.</summary>
public sealed record InteractionCreate(Interaction Interaction, int ShardId) : IGatewayDispatch<InteractionCreate>
{
    public static string EventName => "INTERACTION_CREATE";

    public static InteractionCreate Read(GatewayEvent gatewayEvent)
    {
        ArgumentNullException.ThrowIfNull(gatewayEvent);
        return new(DiscordPayloadParser.ParseInteraction(gatewayEvent.Data), gatewayEvent.ShardId);
    }
}
