using Microsoft.Extensions.Logging;

namespace Briefing.Discord.Rest;

/// <summary>Source-generated log messages of the REST layer; routes are logged as templates (never with tokens).</summary>
internal static partial class DiscordRestLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Warning, Message = "Discord rate limited {Route} (scope {Scope}, global {Global}); retrying after {RetryAfter}")]
    public static partial void RateLimited(ILogger logger, string route, string? scope, bool global, TimeSpan retryAfter);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "Bucket of {Route} is exhausted; waiting {Delay}")]
    public static partial void WaitingForBucket(ILogger logger, string route, TimeSpan delay);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Critical, Message = "Discord rejected the bot token (401 on {Route}); the bot stops. Set a valid Discord:Token and start it again")]
    public static partial void Unauthorized(ILogger logger, string route);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Discord answered {Status} on {Route}: code {Code} {DiscordMessage}")]
    public static partial void RequestFailed(ILogger logger, int status, string route, int code, string? discordMessage);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Error, Message = "Discord kept rate limiting {Route}; giving up after {Attempts} attempts")]
    public static partial void RateLimitRetriesExhausted(ILogger logger, string route, int attempts);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Warning, Message = "Discord answered {Status} on {Route}; retry {Retry} in {Delay}")]
    public static partial void RetryingServerError(ILogger logger, int status, string route, int retry, TimeSpan delay);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Warning, Message = "Request {Route} failed without a response; retry {Retry} in {Delay}")]
    public static partial void RetryingFailedConnection(ILogger logger, Exception? exception, string route, int retry, TimeSpan delay);

    [LoggerMessage(EventId = 4108, Level = LogLevel.Warning, Message = "{Count} invalid Discord requests in the last 10 minutes (ban at {Limit}); typing and other non-essential calls are slowed down")]
    public static partial void NearInvalidLimit(ILogger logger, int count, int limit);

    [LoggerMessage(EventId = 4109, Level = LogLevel.Error, Message = "Refused {Route} without sending it: {Count} invalid Discord requests in the last 10 minutes, close to the IP ban at {Limit}")]
    public static partial void RefusedNearInvalidLimit(ILogger logger, string route, int count, int limit);
}
