using System.Text.Json;

namespace Briefing.Discord.Gateway;

/// <summary>
/// A dispatch (op 0) as handed to event handlers: event name (<c>INTERACTION_CREATE</c>...), raw data, shard, and when its
/// frame came off the socket (an interaction's 3-s deadline and ack budget count from there).
/// </summary>
public sealed record GatewayEvent(string Name, JsonElement Data, int ShardId, DateTimeOffset ArrivedAt);
