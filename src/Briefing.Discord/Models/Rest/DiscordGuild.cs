namespace Briefing.Discord.Models;

/// <summary>A guild as GUILD_CREATE delivers it (only the parts the bot reads; an unavailable guild has just the id).</summary>
public sealed record DiscordGuild
{
    public ulong Id { get; init; }
    public string? Name { get; init; }
    public bool Unavailable { get; init; }
    public ulong? OwnerId { get; init; }
    public int? MemberCount { get; init; }
    public IReadOnlyList<DiscordRole> Roles { get; set; } = [];
    public IReadOnlyList<DiscordChannel> Channels { get; set; } = [];
    public IReadOnlyList<DiscordChannel> Threads { get; set; } = [];
}
