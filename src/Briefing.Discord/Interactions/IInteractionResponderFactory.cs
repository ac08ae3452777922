using Briefing.Discord.Models;

namespace Briefing.Discord.Interactions;

/// <summary>Creates the responder of one interaction with its auto-defer guard already armed.</summary>
public interface IInteractionResponderFactory
{
    /// <param name="interaction">The parsed INTERACTION_CREATE.</param>
    /// <param name="receivedAt">When the interaction arrived (the 3-s deadline counts from there); null = now.</param>
    /// <param name="acknowledger">Who sends the acknowledgement; null = the callback request (gateway interactions).</param>
    InteractionResponder Create(Interaction interaction, DateTimeOffset? receivedAt = null, IInteractionAcknowledger? acknowledger = null);
}
