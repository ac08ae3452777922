using System.Text.Json;

namespace Briefing.Tests.Summaries;

/// <summary>Reads a recorded chat-completions request the way the model tests look at it.</summary>
internal static class ChatRequest
{
    extension(RecordedRequest request)
    {
        public string Model => request.BodyElement.GetProperty("model").GetString()!;

        /// <summary>The text of the one message with <paramref name="role"/> (plain or in content parts).</summary>
        public string Message(string role) => ChatRequest.Message(request.BodyElement, role);
    }

    /// <summary>The text of the one message with <paramref name="role"/> in a request body (plain or in content parts).</summary>
    public static string Message(JsonElement body, string role)
    {
        var content = body.GetProperty("messages").EnumerateArray()
            .Single(message => message.GetProperty("role").GetString() == role)
            .GetProperty("content");
        return content.ValueKind == JsonValueKind.String
            ? content.GetString()!
            : string.Concat(content.EnumerateArray().Select(part => part.GetProperty("text").GetString()));
    }
}
