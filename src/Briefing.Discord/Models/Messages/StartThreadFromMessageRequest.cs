namespace Briefing.Discord.Models;

/// <summary>
/// POST /channels/{channel}/messages/{message}/threads. Name 1-100 characters; auto_archive_duration is
/// 60, 1440, 4320 or 10080 minutes. The thread id equals the message id; a second thread fails (160004).
/// </summary>
public sealed record StartThreadFromMessageRequest
{
    public string Name { get; init; } = "";
    public int? AutoArchiveDuration { get; init; }
}
