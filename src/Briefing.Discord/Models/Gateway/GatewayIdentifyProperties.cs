namespace Briefing.Discord.Models;

/// <summary>Connection properties sent in IDENTIFY (<c>os</c>, <c>browser</c>, <c>device</c>).</summary>
public sealed record GatewayIdentifyProperties(string Os, string Browser, string Device);
