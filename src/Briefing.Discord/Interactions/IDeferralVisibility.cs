using Briefing.Discord.Models;

namespace Briefing.Discord.Interactions;

/// <summary>
/// Whether a deferral made before the handler decided (the ack budget's, or the guard's) should be EPHEMERAL.
/// Decided at arrival, from the interaction alone, because Discord fixes the original's visibility with the ack.
/// </summary>
public interface IDeferralVisibility
{
    bool DeferEphemeral(Interaction interaction);
}
