namespace Briefing.Discord.Models;

/// <summary>GET /applications/@me: the application id that command registration and interaction webhooks need.</summary>
public sealed record DiscordApplication
{
    public ulong Id { get; init; }
    public string Name { get; set; } = "";
}
