using Briefing.Discord.Interactions;
using Briefing.Discord.Json;
using Briefing.Discord.Models;

namespace Briefing.Discord.Gateway;

/// <summary>
/// INTERACTION_CREATE: a slash command, autocomplete, component click or modal, from one shard. Off the gateway it
/// arrives with its <see cref="Responder"/> already made at arrival, its ack budget running; the handler answers
/// through it and disposes it.
/// </summary>
public sealed record InteractionCreate(Interaction Interaction, int ShardId, DateTimeOffset ArrivedAt) : IGatewayDispatch<InteractionCreate>
{
    public static string EventName => "INTERACTION_CREATE";

    /// <summary>Made when the interaction arrived; null only when the event was read without one (a handler then makes it).</summary>
    public InteractionResponder? Responder { get; init; }

    /// <summary>
    /// The lane already ran the transport's checks at arrival (<see cref="IInteractionAdmission"/>) and let it through:
    /// the handler does not run them again (the per-user rate limit would count it twice).
    /// </summary>
    public bool Admitted { get; init; }

    public static InteractionCreate Read(GatewayEvent gatewayEvent)
    {
        ArgumentNullException.ThrowIfNull(gatewayEvent);
        return new(DiscordPayloadParser.ParseInteraction(gatewayEvent.Data), gatewayEvent.ShardId, gatewayEvent.ArrivedAt);
    }
}
