using System.Text.Json.Serialization;

namespace Briefing.Discord.Models;

/// <summary>
/// A message as MESSAGE_CREATE or POST /channels/{id}/messages returns it. <see cref="Content"/> is empty
/// without the MESSAGE_CONTENT intent except in DMs, the bot's own messages, and messages mentioning it.
/// </summary>
public sealed record DiscordMessage
{
    public ulong Id { get; init; }
    public ulong ChannelId { get; init; }
    public ulong? GuildId { get; init; }
    public int Type { get; init; }
    public DiscordUser Author { get; set; } = new();
    public GuildMember? Member { get; init; }
    public string Content { get; set; } = "";
    public string? Timestamp { get; init; }
    public IReadOnlyList<DiscordUser> Mentions { get; set; } = [];
    public IReadOnlyList<ulong> MentionRoles { get; set; } = [];
    public bool MentionEveryone { get; init; }
    public IReadOnlyList<Embed> Embeds { get; set; } = [];
    public MessageReference? MessageReference { get; init; }
    /// <summary>Old clients sent integer nonces; current ones strings.</summary>
    [JsonConverter(typeof(StringOrNumberJsonConverter))]
    public string? Nonce { get; init; }
    public ulong? WebhookId { get; init; }
    public int Flags { get; init; }
    /// <summary>The thread started from this message, when there is one.</summary>
    public DiscordChannel? Thread { get; init; }

    public bool MentionsUser(ulong userId) => Mentions.Any(user => user.Id == userId);
}
