namespace Briefing.Discord.Models;

/// <summary>Interaction callback types (wire integers) used by the responder.</summary>
public enum InteractionCallbackType
{
    Pong = 1,
    /// <summary>Reply with a message (4).</summary>
    ChannelMessageWithSource = 4,
    /// <summary>"Bot is thinking..." (5); the only allowed flag is EPHEMERAL.</summary>
    DeferredChannelMessageWithSource = 5,
    /// <summary>Components only: acknowledge, edit the message later (6).</summary>
    DeferredUpdateMessage = 6,
    /// <summary>Components only: edit the message the component is on (7).</summary>
    UpdateMessage = 7,
    /// <summary>Autocomplete only: the suggested choices (8), sent within 3 s; never deferred.</summary>
    ApplicationCommandAutocompleteResult = 8,
    Modal = 9,
}
