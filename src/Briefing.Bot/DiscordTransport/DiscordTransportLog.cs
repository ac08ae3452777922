using Microsoft.Extensions.Logging;

namespace Briefing.Bot.DiscordTransport;

/// <summary>Log lines of the Discord glue. Never the token, an interaction token, or article/model text.</summary>
internal static partial class DiscordTransportLog
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Error, Message = "Command /{Command} failed; reference {Reference} (interaction {InteractionId})")]
    public static partial void CommandFailed(ILogger logger, string command, string reference, ulong interactionId, Exception exception);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Error, Message = "Could not deliver the apology with reference {Reference} for interaction {InteractionId}")]
    public static partial void ApologyFailed(ILogger logger, string reference, ulong interactionId, Exception exception);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "Could not open a thread on message {MessageId} in channel {ChannelId}")]
    public static partial void ThreadFailed(ILogger logger, ulong messageId, ulong channelId, Exception exception);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Opened thread {ThreadId} for article {ArticleId}")]
    public static partial void ThreadOpened(ILogger logger, ulong threadId, long articleId);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Error, Message = "Follow-up in thread {ThreadId} failed; reference {Reference}")]
    public static partial void FollowUpFailed(ILogger logger, ulong threadId, string reference, Exception exception);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Error, Message = "Registering application commands failed (attempt {Attempt}); retrying in {Delay}")]
    public static partial void RegistrationFailed(ILogger logger, int attempt, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 5108, Level = LogLevel.Error, Message = "Registering application commands failed {Attempts} times; giving up until the next start")]
    public static partial void RegistrationAbandoned(ILogger logger, int attempts, Exception exception);

    [LoggerMessage(EventId = 5107, Level = LogLevel.Warning, Message = "Ignored an unreadable {EventName} payload")]
    public static partial void UnreadablePayload(ILogger logger, string eventName, Exception exception);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Error, Message = "Posting the answer in thread {ThreadId} failed; reference {Reference}")]
    public static partial void FollowUpPostFailed(ILogger logger, ulong threadId, string reference, Exception exception);

    [LoggerMessage(EventId = 5109, Level = LogLevel.Error, Message = "Could not post the apology with reference {Reference} in thread {ThreadId}")]
    public static partial void FollowUpApologyFailed(ILogger logger, string reference, ulong threadId, Exception exception);

    [LoggerMessage(EventId = 5110, Level = LogLevel.Warning, Message = "Could not show progress for interaction {InteractionId}; the command goes on")]
    public static partial void ProgressFailed(ILogger logger, ulong interactionId, Exception exception);
}
