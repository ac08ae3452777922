namespace Briefing.Discord.Gateway;

/// <summary>The gateway can never work with the current configuration (bad token, bad shard, disallowed intents, identify budget spent).</summary>
internal sealed class GatewayFatalException(string reason) : Exception(reason);
