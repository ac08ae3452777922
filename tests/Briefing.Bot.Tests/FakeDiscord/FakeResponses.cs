using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Briefing.Bot.Tests.FakeDiscord;

/// <summary>Discord-shaped answers: JSON bodies and the error JSON (<c>code</c>, <c>message</c>).</summary>
public static class FakeResponses
{
    public const string BodyItemKey = "fake-discord-body";

    public static IResult Json(JsonNode node, int status = StatusCodes.Status200OK) =>
        Results.Content(node.ToJsonString(), "application/json", statusCode: status);

    public static IResult Error(int status, int code, string message) =>
        Json(new JsonObject { ["code"] = code, ["message"] = message }, status);

    /// <summary>The request's JSON body, read (and recorded) by the fake's middleware.</summary>
    public static JsonObject Body(HttpContext context) =>
        context.Items[BodyItemKey] as JsonObject ?? new JsonObject();

    /// <summary>Discord refuses a message with neither content nor embeds (50006).</summary>
    public static bool IsEmptyMessage(JsonObject body) =>
        string.IsNullOrEmpty((string?)body["content"]) && (body["embeds"] as JsonArray is not { Count: > 0 });
}
