namespace Briefing.Discord.Models;

/// <summary>The bot's own user in READY (only the members the gateway client needs).</summary>
public sealed record GatewayUser(ulong Id, string? Username, bool? Bot);
