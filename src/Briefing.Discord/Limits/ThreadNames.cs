using Briefing.Discord.Models;

namespace Briefing.Discord.Limits;

/// <summary>Thread names are 1-100 characters; auto-archive is 60, 1440, 4320 or 10080 minutes.</summary>
public static class ThreadNames
{
    public const int MaxLength = 100;
    private static readonly int[] AutoArchiveDurations = [60, 1440, 4320, 10080];

    /// <summary>A usable thread name: whitespace collapsed, cut to 100 characters with "…" (a title is often longer).</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var collapsed = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length == 0)
        {
            throw new ArgumentException("A thread name needs at least one visible character.", nameof(name));
        }
        return TextTruncation.Truncate(collapsed, MaxLength);
    }

    internal static StartThreadFromMessageRequest Validate(StartThreadFromMessageRequest request) =>
        request with { Name = Normalize(request.Name), AutoArchiveDuration = CheckDuration(request.AutoArchiveDuration) };

    internal static StartForumThreadRequest Validate(StartForumThreadRequest request) =>
        request with { Name = Normalize(request.Name), AutoArchiveDuration = CheckDuration(request.AutoArchiveDuration) };

    private static int? CheckDuration(int? minutes) =>
        minutes is null || AutoArchiveDurations.Contains(minutes.Value)
            ? minutes
            : throw new ArgumentException($"auto_archive_duration {minutes} is not one of 60, 1440, 4320, 10080 minutes.");
}
