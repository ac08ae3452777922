using System.Text.Json;

namespace Briefing.Discord.Gateway;

/// <summary>A dispatch (op 0) as handed to event handlers: event name (<c>INTERACTION_CREATE</c>...), raw data, shard.</summary>
public sealed record GatewayEvent(string Name, JsonElement Data, int ShardId);
