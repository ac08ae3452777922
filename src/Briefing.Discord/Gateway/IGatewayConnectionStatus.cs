namespace Briefing.Discord.Gateway;

/// <summary>Whether this process's shard has a live gateway connection (READY or RESUMED seen, not yet closed): what readiness reports.</summary>
public interface IGatewayConnectionStatus
{
    int ShardId { get; }

    bool IsConnected { get; }
}
