using System.Text.Json.Serialization;

namespace Briefing.Discord.Json;

/// <summary>
/// Source-generated System.Text.Json metadata for every gateway payload the client reads or writes.
/// Discord sends snake_case names, snowflakes as strings (read into <see cref="ulong"/> by <see cref="SnowflakeJsonConverter"/>), and adds fields
/// over time: unknown members are ignored (the serializer default) and every optional member is nullable.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    Converters = [typeof(SnowflakeJsonConverter)],
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(GatewayHello))]
[JsonSerializable(typeof(GatewayReady))]
[JsonSerializable(typeof(GatewayIdentify))]
[JsonSerializable(typeof(GatewayResume))]
[JsonSerializable(typeof(int?))]
public sealed partial class DiscordJsonContext : JsonSerializerContext;
