namespace Briefing.Discord.Models;

/// <summary><c>d</c> of op 2 IDENTIFY. <see cref="Shard"/> is <c>[shard_id, shard_count]</c>.</summary>
public sealed record GatewayIdentify(string Token, int Intents, GatewayIdentifyProperties Properties, IReadOnlyList<int> Shard);
