using Microsoft.Extensions.Logging;

namespace Briefing.Bot.Hosting;

/// <summary>Source-generated log messages of the hosted services.</summary>
internal static partial class HostingLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Error, Message = "Digest scheduler check failed; trying again on the next tick")]
    public static partial void DigestCheckFailed(ILogger logger, Exception exception);

    /// <summary>Debug: a finished pass (the two-process tests wait for these instead of sleeping).</summary>
    [LoggerMessage(EventId = 6005, Level = LogLevel.Debug, Message = "Digest check done: {Subscriptions} subscription(s) checked")]
    public static partial void DigestCheckDone(ILogger logger, int subscriptions);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Error, Message = "Feed poll failed; trying again on the next tick")]
    public static partial void FeedPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Error, Message = "Embedding articles failed; trying again on the next tick")]
    public static partial void EmbeddingFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "Library was empty: loaded {Count} demo article(s)")]
    public static partial void DemoLibraryLoaded(ILogger logger, int count);
}
