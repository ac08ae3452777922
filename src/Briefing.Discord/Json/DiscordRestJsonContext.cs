using System.Text.Json;
using System.Text.Json.Serialization;
using Briefing.Discord.Interactions.Commands;
using Briefing.Discord.Interactions.Models;
using Briefing.Discord.Messages.Models;
using Briefing.Discord.Rest.Models;

namespace Briefing.Discord.Json;

/// <summary>
/// Source-generated JSON for REST bodies, interactions, messages, channels and guilds: snake_case names,
/// unknown fields ignored, missing fields left at their defaults, nulls not written, snowflakes read from
/// strings or numbers and written as strings. Incoming records use <c>set</c> (not <c>init</c>) on members
/// with a default such as <c>[]</c> or <c>""</c>: the source generator passes every init-only member to
/// the object initializer, so a field missing from an old payload would become null instead of the default.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(SnowflakeJsonConverter)])]
[JsonSerializable(typeof(DiscordErrorResponse))]
[JsonSerializable(typeof(GatewayBotResponse))]
[JsonSerializable(typeof(DiscordUser))]
[JsonSerializable(typeof(DiscordApplication))]
[JsonSerializable(typeof(DiscordChannel))]
[JsonSerializable(typeof(DiscordGuild))]
[JsonSerializable(typeof(DiscordMessage))]
[JsonSerializable(typeof(MessagePayload))]
[JsonSerializable(typeof(StartThreadFromMessageRequest))]
[JsonSerializable(typeof(StartForumThreadRequest))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(IReadOnlyList<SlashCommand>))]
[JsonSerializable(typeof(IReadOnlyList<RegisteredCommand>))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class DiscordRestJsonContext : JsonSerializerContext;
