
namespace Briefing.Discord.Models;

/// <summary>
/// Callback data: a message (types 4 and 7), only flags (type 5: EPHEMERAL alone is allowed), or a modal
/// (type 9: custom_id, title, components), or autocomplete suggestions (type 8: choices alone). Null members are left out.
/// </summary>
public sealed record InteractionCallbackData
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public AllowedMentions? AllowedMentions { get; init; }
    public int? Flags { get; init; }
    public IReadOnlyList<MessageComponent>? Components { get; init; }
    public string? CustomId { get; init; }
    public string? Title { get; init; }
    /// <summary>Type 8 only: at most 25 suggestions.</summary>
    public IReadOnlyList<AutocompleteChoice>? Choices { get; init; }
}
