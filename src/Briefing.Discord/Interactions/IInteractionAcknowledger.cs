using Briefing.Discord.Models;

namespace Briefing.Discord.Interactions;

/// <summary>
/// Sends an interaction's one acknowledgement. Over the gateway that is the callback request; on the HTTP interactions
/// endpoint it is the HTTP response to Discord's POST (see <see cref="HttpAcknowledgement"/>).
/// </summary>
public interface IInteractionAcknowledger
{
    /// <param name="withResult">Also return the message a type 4 created (a thread starts from it).</param>
    Task<InteractionCallbackResult> AcknowledgeAsync(Interaction interaction, InteractionResponse response, bool withResult, CancellationToken cancellationToken);
}
