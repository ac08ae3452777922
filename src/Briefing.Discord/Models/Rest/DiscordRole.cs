namespace Briefing.Discord.Models;

/// <summary>A guild role. Old payloads send <c>permissions</c> as a number, current ones as a string; both parse.</summary>
public sealed record DiscordRole
{
    public ulong Id { get; init; }
    public string Name { get; set; } = "";
    public ulong Permissions { get; init; }
    public int Position { get; init; }
    public int Color { get; init; }
    public bool Managed { get; init; }
    public bool Mentionable { get; init; }
}
