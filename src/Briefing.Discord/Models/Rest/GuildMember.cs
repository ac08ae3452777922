namespace Briefing.Discord.Models;

/// <summary>
/// A guild member. <see cref="Permissions"/> is only present on members inside interactions (the member's
/// permissions in the channel, overwrites included); <see cref="User"/> is absent on members nested in a
/// message or in <c>resolved.members</c>.
/// </summary>
public sealed record GuildMember
{
    public DiscordUser? User { get; init; }
    public string? Nick { get; init; }
    public IReadOnlyList<ulong> Roles { get; set; } = [];
    public ulong? Permissions { get; init; }
    public string? JoinedAt { get; init; }
}
