using System.Text.Json;
using Briefing.Discord.Models;

namespace Briefing.Discord.Json;

/// <summary>
/// Turns the <c>d</c> of a dispatch (or a REST response body) into typed records. Unknown fields are
/// ignored and missing optional ones keep their defaults, so old and new payloads both parse; a payload
/// of the wrong shape throws <see cref="JsonException"/>.
/// </summary>
public static class DiscordPayloadParser
{
    /// <summary>INTERACTION_CREATE, or the body an HTTP interactions endpoint receives.</summary>
    public static Interaction ParseInteraction(JsonElement data) => Parse(data, DiscordJsonContext.Default.Interaction);

    /// <summary>MESSAGE_CREATE / MESSAGE_UPDATE, or a message returned by REST.</summary>
    public static DiscordMessage ParseMessage(JsonElement data) => Parse(data, DiscordJsonContext.Default.DiscordMessage);

    /// <summary>CHANNEL_CREATE/UPDATE, THREAD_CREATE/UPDATE.</summary>
    public static DiscordChannel ParseChannel(JsonElement data) => Parse(data, DiscordJsonContext.Default.DiscordChannel);

    public static DiscordGuild ParseGuild(JsonElement data) => Parse(data, DiscordJsonContext.Default.DiscordGuild);

    private static T Parse<T>(JsonElement data, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo) =>
        data.ValueKind == JsonValueKind.Object
            ? data.Deserialize(typeInfo) ?? throw new JsonException($"Empty {typeof(T).Name} payload.")
            : throw new JsonException($"Expected a JSON object for {typeof(T).Name}, got {data.ValueKind}.");
}
