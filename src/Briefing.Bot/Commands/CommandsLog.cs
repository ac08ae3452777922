using Microsoft.Extensions.Logging;

namespace Briefing.Bot.Commands;

/// <summary>Source-generated log messages of the command handlers.</summary>
internal static partial class CommandsLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Error, Message = "Command /{Command} failed (reference {ReferenceId})")]
    public static partial void CommandFailed(ILogger logger, string command, string referenceId, Exception exception);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Command /{Command} denied: user {UserId} lacks Manage Server")]
    public static partial void PermissionDenied(ILogger logger, string command, ulong userId);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "User {UserId} rate-limited on /{Command}")]
    public static partial void RateLimited(ILogger logger, ulong userId, string command);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Error, Message = "Follow-up in thread {ThreadId} failed (reference {ReferenceId})")]
    public static partial void FollowUpFailed(ILogger logger, ulong threadId, string referenceId, Exception exception);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Debug, Message = "Follow-up in thread {ThreadId} superseded by a newer message")]
    public static partial void FollowUpSuperseded(ILogger logger, ulong threadId);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Information, Message = "No suggestions for /{Command} {Subcommand} option '{Option}': the catalogue declares none there")]
    public static partial void NoSuggestionsForOption(ILogger logger, string command, string subcommand, string option);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Information, Message = "User {UserId} over the autocomplete budget; no suggestions")]
    public static partial void SuggestionsRateLimited(ILogger logger, ulong userId);
}
