using Briefing.Discord.Models;
using Microsoft.Extensions.Logging;

namespace Briefing.Discord.Gateway;

/// <summary>
/// Everything one shard's connections share: configuration, its session state, pacing, the event queue, time and jitter.
/// One per shard the process runs (made by <see cref="DiscordGatewayService"/>); the queue, the gate and the clock are shared.
/// </summary>
internal sealed class GatewayShardContext(
    DiscordOptions options,
    GatewaySessionState state,
    GatewayEventQueue events,
    IdentifyGate identifyGate,
    IJitterSource jitter,
    TimeProvider timeProvider,
    ILogger logger)
{
    private static readonly GatewayIdentifyProperties Properties = new(CurrentOs(), "briefing", "briefing");

    public GatewaySessionState State => state;

    public GatewayEventQueue Events => events;

    public IdentifyGate IdentifyGate => identifyGate;

    public IJitterSource Jitter => jitter;

    public TimeProvider TimeProvider => timeProvider;

    public ILogger Logger => logger;

    public string Token => options.Token ?? throw new InvalidOperationException("Discord:Token is not configured.");

    /// <summary>GUILDS, GUILD_MESSAGES and DIRECT_MESSAGES (follow-ups in a DM) always; the privileged MESSAGE_CONTENT only when Discord:MessageContent is true.</summary>
    public GatewayIntents Intents =>
        GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.DirectMessages
        | (options.MessageContent ? GatewayIntents.MessageContent : GatewayIntents.None);

    public GatewayIdentify CreateIdentify() =>
        new(Token, (int)Intents, Properties, [state.ShardId, options.ShardCount]);

    private static string CurrentOs() =>
        OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux";
}
