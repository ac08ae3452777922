namespace Briefing.Discord.Models;

/// <summary>A reply reference. <see cref="FailIfNotExists"/> false posts anyway when the original was deleted.</summary>
public sealed record MessageReference
{
    public ulong? MessageId { get; init; }
    public ulong? ChannelId { get; init; }
    public ulong? GuildId { get; init; }
    public bool? FailIfNotExists { get; init; }
}
