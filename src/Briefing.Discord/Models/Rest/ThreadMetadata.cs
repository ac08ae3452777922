namespace Briefing.Discord.Models;

/// <summary>
/// Thread state. Posting into an archived thread unarchives it only with permission; editing there fails
/// (50083). In a locked thread only members with MANAGE_THREADS may post.
/// </summary>
public sealed record ThreadMetadata
{
    public bool Archived { get; init; }
    public int AutoArchiveDuration { get; init; }
    public string? ArchiveTimestamp { get; init; }
    public bool Locked { get; init; }
}
