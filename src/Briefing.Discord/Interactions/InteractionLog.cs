using Microsoft.Extensions.Logging;

namespace Briefing.Discord.Interactions;

/// <summary>Source-generated log messages of the interaction layer (no tokens, no message text).</summary>
internal static partial class InteractionLog
{
    [LoggerMessage(EventId = 4200, Level = LogLevel.Information, Message = "Interaction {InteractionId} not answered in time; auto-deferred")]
    public static partial void AutoDeferred(ILogger logger, ulong interactionId);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Error, Message = "Auto-defer of interaction {InteractionId} failed")]
    public static partial void AutoDeferFailed(ILogger logger, ulong interactionId, Exception exception);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "Interaction {InteractionId} expired: Discord no longer knows it (10062 or 404 on its webhook)")]
    public static partial void Expired(ILogger logger, ulong interactionId);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Information, Message = "Registered {Count} application commands ({Scope})")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Debug, Message = "Application commands unchanged ({Scope}); registration skipped")]
    public static partial void CommandsUnchanged(ILogger logger, string scope);

    [LoggerMessage(EventId = 4205, Level = LogLevel.Warning, Message = "Interactions endpoint refused a request with {Status}: {Reason}")]
    public static partial void EndpointRefused(ILogger logger, int status, string reason);

    [LoggerMessage(EventId = 4206, Level = LogLevel.Warning, Message = "Interactions endpoint: lane full; interaction {InteractionId} answered \"busy, try again\"")]
    public static partial void EndpointBusy(ILogger logger, ulong interactionId);
}
