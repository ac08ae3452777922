namespace Briefing.Discord.Gateway;

/// <summary>One shard of this process and whether it is connected right now.</summary>
public sealed record GatewayShardStatus(int ShardId, bool IsConnected);
