using Briefing.Discord.Models;

namespace Briefing.Discord.Interactions;

/// <summary>
/// Where interactions that did not come off the gateway (the HTTP interactions endpoint's) join the gateway's: the same
/// lane, handlers and reply path.
/// </summary>
public interface IInteractionInbox
{
    /// <summary>False when the lane is full (or no handler takes interactions): the caller answers "busy" itself.</summary>
    bool TryPost(Interaction interaction, InteractionResponder responder, DateTimeOffset arrivedAt);
}
