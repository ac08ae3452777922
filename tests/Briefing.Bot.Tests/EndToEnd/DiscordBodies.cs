using System.Text.Json.Nodes;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>Reading what the bot sent: visible text of a message body, and which requests carried messages.</summary>
public static class DiscordBodies
{
    public const string ChannelMessages = "/channels/{channelId}/messages";
    public const string WebhookMessage = "/webhooks/{applicationId}/{token}/messages/{messageId}";
    public const string Followup = "/webhooks/{applicationId}/{token}";
    public const string Callback = "/interactions/{interactionId}/{token}/callback";
    public const string ThreadFromMessage = "/channels/{channelId}/messages/{messageId}/threads";

    /// <summary>Content plus every embed's title, description, field names and values, and footer, of a recorded body.</summary>
    public static string VisibleText(string? body) => VisibleText(body is null ? null : JsonNode.Parse(body));

    /// <summary>Content plus every embed's title, description, field names and values, and footer.</summary>
    public static string VisibleText(JsonNode? body)
    {
        if (body is not JsonObject message) return "";
        var parts = new List<string?> { (string?)message["content"] };
        var embeds = (message["embeds"] as JsonArray) ?? (message["data"]?["embeds"] as JsonArray) ?? [];
        foreach (var embed in embeds.OfType<JsonObject>())
        {
            parts.Add((string?)embed["title"]);
            parts.Add((string?)embed["description"]);
            parts.Add((string?)embed["footer"]?["text"]);
            foreach (var field in (embed["fields"] as JsonArray ?? []).OfType<JsonObject>())
            {
                parts.Add((string?)field["name"]);
                parts.Add((string?)field["value"]);
            }
        }
        return string.Join("\n", parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    /// <summary>Requests whose body is a message (content or embeds), including type 4 callback data.</summary>
    public static IEnumerable<(RecordedRequest Request, JsonObject Message)> MessageBodies(IEnumerable<RecordedRequest> requests)
    {
        foreach (var request in requests)
        {
            var message = request.Route == Callback ? request.BodyObject?["data"] as JsonObject : request.BodyObject;
            if (message is not null && (message.ContainsKey("content") || message.ContainsKey("embeds"))) yield return (request, message);
        }
    }

    /// <summary>Polls a condition the bot brings about asynchronously (a row written after a REST answer...).</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException($"Timed out waiting until {what}.");
            await Task.Delay(50);
        }
    }
}
