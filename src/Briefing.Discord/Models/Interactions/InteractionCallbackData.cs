
namespace Briefing.Discord.Models;

/// <summary>
/// Callback data: a message (types 4 and 7), only flags (type 5: EPHEMERAL alone is allowed), or a modal
/// (type 9: custom_id, title, components). Null members are left out.
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

    /// <summary>
    /// Message data for types 4 and 7 (allowed_mentions defaults to none). The caller checks the message against
    /// Discord's limits first (MessageLimits.Prepare): the models sit below the limits that read them.
    /// </summary>
    public static InteractionCallbackData FromMessage(MessagePayload message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new InteractionCallbackData
        {
            Content = message.Content,
            Embeds = message.Embeds,
            AllowedMentions = message.AllowedMentions ?? AllowedMentions.None,
            Flags = message.Flags,
            Components = message.Components,
        };
    }
}
