using Briefing.Discord.Models;

namespace Briefing.Discord.Interactions;

// Type 7, the answer to a click that changes the message the component sits on.
public sealed partial class InteractionResponder
{
    /// <summary>
    /// Type 7 UPDATE_MESSAGE: replaces the clicked message's content, embeds and components at once (components only).
    /// Returns false when already acknowledged (the guard's type 6 came first): then edit the original instead, which
    /// after a type 6 is that same message.
    /// </summary>
    public Task<bool> UpdateMessageAsync(MessagePayload message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        RequireComponentMessage();
        return UnderGateAsync(async ct =>
        {
            if (State != InteractionResponseState.NotAcknowledged)
            {
                return false;
            }
            // The message keeps its visibility; flags on an update could only be refused.
            var data = new InteractionCallbackData
            {
                Content = message.Content, Embeds = message.Embeds, AllowedMentions = message.AllowedMentions, Components = message.Components,
            };
            await AcknowledgeAsync(InteractionCallbackType.UpdateMessage, data, ct).ConfigureAwait(false);
            State = InteractionResponseState.Replied;
            return true;
        }, cancellationToken);
    }
}
