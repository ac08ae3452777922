namespace Briefing.Discord.Models;

/// <summary>POST /channels/{forum}/threads: a forum or media post needs its first message inline.</summary>
public sealed record StartForumThreadRequest
{
    public string Name { get; init; } = "";
    public int? AutoArchiveDuration { get; init; }
    public MessagePayload Message { get; init; } = new();
}
