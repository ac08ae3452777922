namespace Briefing.Discord.Models;

/// <summary>A guild listed in READY before its GUILD_CREATE arrives.</summary>
public sealed record GatewayUnavailableGuild(ulong Id, bool? Unavailable);
