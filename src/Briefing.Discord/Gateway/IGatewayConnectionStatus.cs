namespace Briefing.Discord.Gateway;

/// <summary>Which of this process's shards hold a live gateway connection (READY or RESUMED seen, not yet closed): what readiness reports.</summary>
public interface IGatewayConnectionStatus
{
    /// <summary>Every shard this process runs, lowest id first.</summary>
    IReadOnlyList<GatewayShardStatus> Shards { get; }
}
