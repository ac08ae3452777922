using System.Text.Json;
using System.Text.Json.Nodes;

namespace Briefing.Tests.Summaries;

/// <summary>The status and body the fake server answers with.</summary>
internal sealed record FakeReply(int Status, string Body)
{
    public static FakeReply Content(string content, string finishReason = "stop") => Completion(content, refusal: null, finishReason);

    public static FakeReply Json(object value) => Content(JsonSerializer.Serialize(value));

    public static FakeReply Refusal(string refusal) => Completion(content: null, refusal, "stop");

    public static FakeReply Error(int status) => new(status, """{"error":{"message":"overloaded","type":"server_error"}}""");

    private static FakeReply Completion(string? content, string? refusal, string finishReason) => new(200, new JsonObject
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = "test-model",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content, ["refusal"] = refusal },
            ["finish_reason"] = finishReason,
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 10, ["total_tokens"] = 20 },
    }.ToJsonString());
}
