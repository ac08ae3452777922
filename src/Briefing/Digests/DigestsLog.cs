using Microsoft.Extensions.Logging;

namespace Briefing.Digests;

/// <summary>Source-generated log messages of the digest area.</summary>
internal static partial class DigestsLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Digest: the summary of article {ArticleId} failed; listing its opening instead")]
    public static partial void ThesisFailed(ILogger logger, long articleId, Exception exception);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Digest {DeliveryKey}: posted {Messages} message(s) with {Articles} article(s)")]
    public static partial void Posted(ILogger logger, string deliveryKey, int messages, int articles);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Digest {DeliveryKey}: nothing new, nothing posted")]
    public static partial void Empty(ILogger logger, string deliveryKey);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Digest {DeliveryKey}: already delivered, skipping")]
    public static partial void AlreadyDelivered(ILogger logger, string deliveryKey);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "Digest {DeliveryKey}: resuming an interrupted delivery with its original nonces")]
    public static partial void Resuming(ILogger logger, string deliveryKey);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Debug, Message = "Digest {DeliveryKey}: missed by {Late}, outside the catch-up window; its articles roll into the next digest")]
    public static partial void MissedOutsideWindow(ILogger logger, string deliveryKey, TimeSpan late);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Error, Message = "Digest for channel {ChannelId} failed; it is retried on the next check")]
    public static partial void Failed(ILogger logger, ulong channelId, Exception exception);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Information, Message = "Digest {DeliveryKey}: an unconfirmed earlier attempt; {Found} of its message(s) were already in the channel, the rest were posted")]
    public static partial void Reconciled(ILogger logger, string deliveryKey, int found);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Warning, Message = "Digest for channel {ChannelId}: the channel refused the post ({Reason}), failure {Failures}; next attempt at {RetryAt}")]
    public static partial void ChannelUnavailable(ILogger logger, ulong channelId, string reason, int failures, DateTimeOffset retryAt);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning, Message = "Digest for channel {ChannelId}: paused after {Failures} refusals in a row ({Reason}); subscribing again resumes it")]
    public static partial void Paused(ILogger logger, ulong channelId, int failures, string reason);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Debug, Message = "Digest for channel {ChannelId}: another run holds the lease; not composing")]
    public static partial void HeldByAnotherRun(ILogger logger, ulong channelId);
}
