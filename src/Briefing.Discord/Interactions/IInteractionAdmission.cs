using Briefing.Discord.Models;

namespace Briefing.Discord.Interactions;

/// <summary>
/// The transport's cheap checks (an unknown command, a missing permission, the per-user rate limit), run the moment an
/// interaction arrives, before it queues for a handler: a refused one is answered at once in its acknowledgement (one
/// private type-4 callback) instead of being deferred publicly and corrected later. Runs on the socket reader, so it
/// touches memory only: no database, no network.
/// </summary>
public interface IInteractionAdmission
{
    InteractionAdmission Admit(Interaction interaction);
}
