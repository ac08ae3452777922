namespace Briefing.Discord.Models;

/// <summary>
/// A channel or thread (GET /channels/{id}, CHANNEL_CREATE, THREAD_CREATE, <c>interaction.channel</c>,
/// <c>resolved.channels</c>). For a thread, <see cref="ParentId"/> is the channel it lives in.
/// </summary>
public sealed record DiscordChannel
{
    public ulong Id { get; init; }
    public ChannelType Type { get; init; }
    public ulong? GuildId { get; init; }
    public string? Name { get; init; }
    public string? Topic { get; init; }
    public ulong? ParentId { get; init; }
    public ulong? OwnerId { get; init; }
    public ulong? LastMessageId { get; init; }
    /// <summary>Only in interaction payloads: the invoking member's computed permissions here.</summary>
    public ulong? Permissions { get; init; }
    public ThreadMetadata? ThreadMetadata { get; init; }
    public int? MessageCount { get; init; }
    public int? MemberCount { get; init; }

    public bool IsThread => Type is ChannelType.AnnouncementThread or ChannelType.PublicThread or ChannelType.PrivateThread;

    /// <summary>Forum and media channels only take new threads (POST /channels/{id}/threads with a message).</summary>
    public bool IsForumLike => Type is ChannelType.GuildForum or ChannelType.GuildMedia;
}
