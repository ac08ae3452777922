using System.Globalization;
using Briefing.Digests;
using Briefing.Text;

namespace Briefing.Bot.Commands;

/// <summary>Says, in <c>/digest list</c>, why a channel's digest is paused or waiting after the channel refused a post.</summary>
public static class DigestHealth
{
    /// <summary>Null while the digest is healthy.</summary>
    public static string? Describe(DigestSubscription subscription, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (subscription.PausedReason is { } reason)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"paused: the bot can no longer post in <#{subscription.ChannelId}> ({TextCut.Truncate(reason, 80)}) since {subscription.PausedSince:yyyy-MM-dd HH:mm} UTC; fix its permissions and /digest subscribe again to resume");
        }

        return subscription.RetryAt is { } retryAt && retryAt > now
            ? string.Create(CultureInfo.InvariantCulture,
                $"the channel refused the last post ({subscription.FailureCount} time(s) in a row); next try {retryAt:yyyy-MM-dd HH:mm} UTC")
            : null;
    }
}
