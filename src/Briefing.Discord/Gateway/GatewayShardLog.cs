using Microsoft.Extensions.Logging;

namespace Briefing.Discord.Gateway;

/// <summary>Log lines of shard supervision (which shards a process runs).</summary>
internal static partial class GatewayShardLog
{
    [LoggerMessage(40, LogLevel.Information, "Gateway: running shard(s) {ShardIds} of {ShardCount}")]
    public static partial void Starting(ILogger logger, string shardIds, int shardCount);
}
