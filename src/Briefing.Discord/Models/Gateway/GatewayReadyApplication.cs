namespace Briefing.Discord.Models;

/// <summary>Partial application object in READY: its id is needed for commands and interaction webhooks.</summary>
public sealed record GatewayReadyApplication(ulong Id, int? Flags);
