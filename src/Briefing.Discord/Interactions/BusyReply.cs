using Briefing.Discord.Models;

namespace Briefing.Discord.Interactions;

/// <summary>
/// The answer an interaction gets when it cannot even be queued: a short private "try again" (an empty suggestion list
/// for autocomplete, whose only answer is type 8). Better than silence, which Discord shows as "did not respond".
/// </summary>
public static class BusyReply
{
    public const string Text = "Briefing is very busy right now. Please try again in a moment.";

    public static MessagePayload Message => new() { Content = Text, Flags = MessagePayload.EphemeralFlag };

    /// <summary>The busy answer as an acknowledgement of <paramref name="interaction"/>.</summary>
    public static InteractionResponse For(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return interaction.Type == InteractionType.ApplicationCommandAutocomplete
            ? new InteractionResponse { Type = InteractionCallbackType.ApplicationCommandAutocompleteResult, Data = new InteractionCallbackData { Choices = [] } }
            : new InteractionResponse
            {
                Type = InteractionCallbackType.ChannelMessageWithSource,
                Data = new InteractionCallbackData { Content = Text, Flags = MessagePayload.EphemeralFlag, AllowedMentions = AllowedMentions.None },
            };
    }
}
