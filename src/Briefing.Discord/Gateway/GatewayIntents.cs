namespace Briefing.Discord.Gateway;

/// <summary>Gateway intents the bot may request in IDENTIFY. INTERACTION_CREATE needs none.</summary>
[Flags]
public enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,

    /// <summary>Privileged: must be enabled in the Developer Portal, otherwise Discord closes with 4014.</summary>
    MessageContent = 1 << 15,
}
