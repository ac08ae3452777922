
namespace Briefing.Discord.Models;

/// <summary>
/// An INTERACTION_CREATE payload (also the body an HTTP interactions endpoint receives). In a guild
/// <see cref="Member"/> is set (with the member's permissions in the channel); in a DM <see cref="User"/>.
/// <see cref="Channel"/> and <see cref="AppPermissions"/> are newer than old captures and may be missing.
/// </summary>
public sealed record Interaction
{
    public ulong Id { get; init; }
    public ulong ApplicationId { get; init; }
    public InteractionType Type { get; init; }
    public InteractionData? Data { get; init; }
    public ulong? GuildId { get; init; }
    public DiscordChannel? Channel { get; init; }
    public ulong? ChannelId { get; init; }
    public GuildMember? Member { get; init; }
    public DiscordUser? User { get; init; }
    public string Token { get; set; } = "";
    public int Version { get; init; }
    /// <summary>For components: the message the component is attached to.</summary>
    public DiscordMessage? Message { get; init; }
    /// <summary>The bot's own permissions in the channel.</summary>
    public ulong? AppPermissions { get; init; }
    public string? Locale { get; init; }
    public string? GuildLocale { get; init; }

    /// <summary>Who invoked it, in a guild or a DM.</summary>
    public DiscordUser? Invoker => Member?.User ?? User;

    /// <summary>The channel the interaction happened in (old payloads only have <c>channel_id</c>).</summary>
    public ulong? EffectiveChannelId => Channel?.Id ?? ChannelId;

    /// <summary>True when the interaction happened inside a thread (known only when <c>channel</c> is present).</summary>
    public bool IsInThread => Channel?.IsThread ?? false;
}
