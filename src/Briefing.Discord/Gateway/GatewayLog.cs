using Microsoft.Extensions.Logging;

namespace Briefing.Discord.Gateway;

/// <summary>Source-generated log messages of the gateway client and dispatcher. Never logs the token.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(1, LogLevel.Information, "Gateway shard {ShardId}: connecting to {Url} to {Mode}")]
    public static partial void Connecting(ILogger logger, int shardId, Uri url, string mode);

    [LoggerMessage(2, LogLevel.Information, "Gateway shard {ShardId}: READY as user {BotUserId} (application {ApplicationId})")]
    public static partial void Ready(ILogger logger, int shardId, ulong botUserId, ulong? applicationId);

    [LoggerMessage(3, LogLevel.Information, "Gateway shard {ShardId}: RESUMED at sequence {Sequence}")]
    public static partial void Resumed(ILogger logger, int shardId, int? sequence);

    [LoggerMessage(4, LogLevel.Warning, "Gateway shard {ShardId}: no HEARTBEAT_ACK since the previous heartbeat; connection is zombied, reconnecting")]
    public static partial void Zombied(ILogger logger, int shardId);

    [LoggerMessage(5, LogLevel.Information, "Gateway shard {ShardId}: server asked to reconnect (op 7)")]
    public static partial void ReconnectRequested(ILogger logger, int shardId);

    [LoggerMessage(6, LogLevel.Warning, "Gateway shard {ShardId}: invalid session (op 9), resumable={Resumable}")]
    public static partial void InvalidSession(ILogger logger, int shardId, bool resumable);

    [LoggerMessage(7, LogLevel.Warning, "Gateway shard {ShardId}: server closed the connection with {CloseCode} ({Meaning})")]
    public static partial void Closed(ILogger logger, int shardId, int? closeCode, string meaning);

    [LoggerMessage(8, LogLevel.Warning, "Gateway shard {ShardId}: connection dropped")]
    public static partial void Dropped(ILogger logger, int shardId, Exception exception);

    [LoggerMessage(9, LogLevel.Information, "Gateway shard {ShardId}: reconnecting in {Delay}")]
    public static partial void ReconnectDelay(ILogger logger, int shardId, TimeSpan delay);

    [LoggerMessage(10, LogLevel.Warning, "Gateway: GET /gateway/bot failed; retrying in {Delay}")]
    public static partial void GatewayInfoFailed(ILogger logger, TimeSpan delay, Exception exception);

    [LoggerMessage(11, LogLevel.Critical, "Discord gateway stopped for good, shard {ShardId}: {Reason}. Stopping the application.")]
    public static partial void Fatal(ILogger logger, int shardId, string reason);

    [LoggerMessage(12, LogLevel.Error, "Gateway shard {ShardId}: unexpected error; reconnecting")]
    public static partial void Unexpected(ILogger logger, int shardId, Exception exception);

    [LoggerMessage(13, LogLevel.Warning, "Gateway: event queue full for {Wait}; dropped {EventName} from shard {ShardId}")]
    public static partial void EventDropped(ILogger logger, string eventName, int shardId, TimeSpan wait);

    [LoggerMessage(14, LogLevel.Error, "Gateway handler {Handler} failed on {EventName}")]
    public static partial void HandlerFailed(ILogger logger, string handler, string eventName, Exception exception);

    [LoggerMessage(15, LogLevel.Error, "Gateway handler {Handler} still running on {EventName} after {Timeout}; cancelled and abandoned")]
    public static partial void HandlerTimedOut(ILogger logger, string handler, string eventName, TimeSpan timeout);

    [LoggerMessage(16, LogLevel.Warning, "Gateway shard {ShardId}: ignored a payload that is not valid gateway JSON")]
    public static partial void MalformedPayload(ILogger logger, int shardId, Exception exception);

    [LoggerMessage(18, LogLevel.Warning, "Gateway shard {ShardId}: no HELLO within {Timeout}; reconnecting")]
    public static partial void NoHello(ILogger logger, int shardId, TimeSpan timeout);

    [LoggerMessage(17, LogLevel.Debug, "Gateway shard {ShardId}: {Mode} sent")]
    public static partial void HandshakeSent(ILogger logger, int shardId, string mode);
}
