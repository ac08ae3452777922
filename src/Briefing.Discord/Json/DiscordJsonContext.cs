using System.Text.Json;
using System.Text.Json.Serialization;
using Briefing.Discord.Models;

namespace Briefing.Discord.Json;

/// <summary>
/// The one source-generated System.Text.Json context for Discord's wire format: gateway payloads, REST bodies,
/// interactions, messages, channels and guilds. Discord sends snake_case names and snowflakes as strings
/// (read into <see cref="ulong"/> and written back as strings by <see cref="SnowflakeJsonConverter"/>), and adds
/// fields over time: unknown members are ignored and every optional member is nullable or defaulted.
/// Incoming records use <c>set</c> (not <c>init</c>) on members with a default such as <c>[]</c> or <c>""</c>:
/// the source generator passes every init-only member to the object initializer, so a field missing from an
/// old payload would become null instead of the default.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    Converters = [typeof(SnowflakeJsonConverter), typeof(NoNullElementsListConverterFactory)],
    // An explicit null in a member that is not nullable is a malformed payload (JsonException), not a null to trip over.
    RespectNullableAnnotations = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(GatewayHello))]
[JsonSerializable(typeof(GatewayReady))]
[JsonSerializable(typeof(GatewayIdentify))]
[JsonSerializable(typeof(GatewayResume))]
[JsonSerializable(typeof(int?))]
[JsonSerializable(typeof(DiscordErrorResponse))]
[JsonSerializable(typeof(GatewayBotResponse))]
[JsonSerializable(typeof(DiscordUser))]
[JsonSerializable(typeof(DiscordApplication))]
[JsonSerializable(typeof(DiscordChannel))]
[JsonSerializable(typeof(DiscordGuild))]
[JsonSerializable(typeof(DiscordMessage))]
[JsonSerializable(typeof(IReadOnlyList<DiscordMessage>))]
[JsonSerializable(typeof(MessagePayload))]
[JsonSerializable(typeof(StartThreadFromMessageRequest))]
[JsonSerializable(typeof(StartForumThreadRequest))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(InteractionCallbackResult))]
[JsonSerializable(typeof(IReadOnlyList<SlashCommand>))]
[JsonSerializable(typeof(IReadOnlyList<RegisteredCommand>))]
[JsonSerializable(typeof(JsonElement))]
// Autocomplete choice values are a string or a number, written into a JsonElement.
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
public sealed partial class DiscordJsonContext : JsonSerializerContext;
