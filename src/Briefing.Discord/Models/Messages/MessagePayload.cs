
namespace Briefing.Discord.Models;

/// <summary>
/// The body of everything the bot posts or edits: channel messages, interaction replies, edits of the
/// original response, follow-ups. Null members are left out of the JSON. <see cref="AllowedMentions"/>
/// defaults to none. <see cref="Nonce"/> (at most 25 characters) with <see cref="EnforceNonce"/> makes
/// Discord return the existing message for a repeat within a few minutes (channel messages only).
/// </summary>
public sealed record MessagePayload
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public AllowedMentions? AllowedMentions { get; init; } = AllowedMentions.None;
    public IReadOnlyList<MessageComponent>? Components { get; init; }
    public int? Flags { get; init; }
    public string? Nonce { get; init; }
    public bool? EnforceNonce { get; init; }
    public MessageReference? MessageReference { get; init; }

    /// <summary>EPHEMERAL: only the invoking user sees an interaction response.</summary>
    public const int EphemeralFlag = 64;

    public static MessagePayload Text(string content) => new() { Content = content };
}
