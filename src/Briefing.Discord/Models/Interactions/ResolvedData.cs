
namespace Briefing.Discord.Models;

/// <summary><c>data.resolved</c>: the full objects behind user/channel/role/attachment option values, keyed by id.</summary>
public sealed record ResolvedData
{
    public Dictionary<ulong, DiscordUser>? Users { get; init; }
    public Dictionary<ulong, GuildMember>? Members { get; init; }
    public Dictionary<ulong, DiscordRole>? Roles { get; init; }
    public Dictionary<ulong, DiscordChannel>? Channels { get; init; }
    public Dictionary<ulong, DiscordAttachment>? Attachments { get; init; }
}
