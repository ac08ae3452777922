using Microsoft.Extensions.Logging;

namespace Briefing.Discord.Gateway;

/// <summary>Source-generated log messages of the event path after a frame is read (dispatch, interaction lane).</summary>
internal static partial class GatewayDispatchLog
{
    [LoggerMessage(60, LogLevel.Warning, "Gateway: ignored an unreadable {EventName} payload (handler {Handler})")]
    public static partial void UnreadablePayload(ILogger logger, string eventName, string handler, Exception exception);
}
