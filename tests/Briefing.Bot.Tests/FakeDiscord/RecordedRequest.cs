using System.Text.Json.Nodes;

namespace Briefing.Bot.Tests.FakeDiscord;

/// <summary>
/// One REST request the fake Discord received, with its answer: <see cref="Route"/> is the template
/// (e.g. <c>/channels/{channelId}/messages</c>), <see cref="Path"/> the concrete path under <c>/api/v10</c>.
/// </summary>
public sealed record RecordedRequest(
    string Method,
    string Route,
    string Path,
    JsonNode? Body,
    string? Authorization,
    string? UserAgent,
    int Status,
    DateTimeOffset At)
{
    /// <summary>True when the request is <paramref name="method"/> on the route template <paramref name="route"/>.</summary>
    public bool Is(string method, string route) => Method == method && Route == route;

    public JsonObject? BodyObject => Body as JsonObject;
}
