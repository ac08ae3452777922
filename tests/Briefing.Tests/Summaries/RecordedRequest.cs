using System.Text.Json;

namespace Briefing.Tests.Summaries;

/// <summary>One request as the server received it.</summary>
internal sealed record RecordedRequest(JsonElement Body, string Authorization)
{
    public string Model => Body.GetProperty("model").GetString()!;

    public string Message(string role)
    {
        var content = Body.GetProperty("messages").EnumerateArray()
            .Single(message => message.GetProperty("role").GetString() == role)
            .GetProperty("content");
        return content.ValueKind == JsonValueKind.String
            ? content.GetString()!
            : string.Concat(content.EnumerateArray().Select(part => part.GetProperty("text").GetString()));
    }
}
