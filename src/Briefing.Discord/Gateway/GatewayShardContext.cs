using Briefing.Discord.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Discord.Gateway;

/// <summary>Everything one shard's connections share: configuration, session state, pacing, the event queue, time and jitter.</summary>
internal sealed class GatewayShardContext(
    IOptions<DiscordOptions> options,
    GatewaySessionState state,
    GatewayEventQueue events,
    IdentifyGate identifyGate,
    IJitterSource jitter,
    TimeProvider timeProvider,
    ILogger<GatewayShardContext> logger)
{
    private static readonly GatewayIdentifyProperties Properties = new(CurrentOs(), "briefing", "briefing");

    public GatewaySessionState State => state;

    public GatewayEventQueue Events => events;

    public IdentifyGate IdentifyGate => identifyGate;

    public IJitterSource Jitter => jitter;

    public TimeProvider TimeProvider => timeProvider;

    public ILogger Logger => logger;

    public string Token => options.Value.Token ?? throw new InvalidOperationException("Discord:Token is not configured.");

    /// <summary>GUILDS, GUILD_MESSAGES and DIRECT_MESSAGES (follow-ups in a DM) always; the privileged MESSAGE_CONTENT only when Discord:MessageContent is true.</summary>
    public GatewayIntents Intents =>
        GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.DirectMessages
        | (options.Value.MessageContent ? GatewayIntents.MessageContent : GatewayIntents.None);

    public GatewayIdentify CreateIdentify() =>
        new(Token, (int)Intents, Properties, [options.Value.ShardId, options.Value.ShardCount]);

    private static string CurrentOs() =>
        OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux";
}
