using Microsoft.Extensions.Logging;

namespace Briefing.Discord.Gateway;

/// <summary>Source-generated log messages of the event path after a frame is read (dispatch, interaction lane).</summary>
internal static partial class GatewayDispatchLog
{
    [LoggerMessage(60, LogLevel.Warning, "Gateway: ignored an unreadable {EventName} payload (handler {Handler})")]
    public static partial void UnreadablePayload(ILogger logger, string eventName, string handler, Exception exception);

    [LoggerMessage(61, LogLevel.Warning, "Gateway: interaction lane full ({Waiting} in hand); interaction {InteractionId} from shard {ShardId} answered \"busy, try again\"")]
    public static partial void InteractionLaneFull(ILogger logger, ulong interactionId, int shardId, int waiting);

    [LoggerMessage(62, LogLevel.Error, "Gateway: the answer at arrival (busy, or refused by the checks) to interaction {InteractionId} failed")]
    public static partial void BusyAnswerFailed(ILogger logger, ulong interactionId, Exception exception);

    [LoggerMessage(63, LogLevel.Warning, "Gateway: the checks at arrival could not read interaction {InteractionId}; its handler decides")]
    public static partial void AdmissionFailed(ILogger logger, ulong interactionId, Exception exception);
}
