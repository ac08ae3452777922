using System.Text.Json;
using System.Text.Json.Nodes;

namespace Briefing.Testing;

/// <summary>
/// One HTTP request a fake remote (site, model server, Discord) received, and its answer. <see cref="Route"/> is the
/// route template that served it (e.g. <c>/channels/{channelId}/messages</c>) or the path when no template did;
/// <see cref="Body"/> is the raw text (null when empty); the <c>Body*</c> properties read it as JSON.
/// <see cref="Status"/> is the answer's status code, or <see cref="NotAnswered"/> when recorded on arrival.
/// </summary>
public sealed record RecordedRequest(
    string Method,
    string Route,
    string Path,
    string? Body,
    IReadOnlyDictionary<string, string> Headers,
    int Status,
    DateTimeOffset At)
{
    public const int NotAnswered = 0;

    public string? Authorization => Header("Authorization");

    public string? UserAgent => Header("User-Agent");

    public string? IfNoneMatch => Header("If-None-Match");

    public string? IfModifiedSince => Header("If-Modified-Since");

    /// <summary>The body as a JSON tree (null when there is no body).</summary>
    public JsonNode? BodyNode => Body is null ? null : JsonNode.Parse(Body);

    public JsonObject? BodyObject => BodyNode as JsonObject;

    /// <summary>The body as a JSON element (a JSON body is required).</summary>
    public JsonElement BodyElement => JsonDocument.Parse(Body ?? throw new InvalidOperationException($"{Method} {Path} had no body.")).RootElement.Clone();

    /// <summary>True when the request is <paramref name="method"/> on the route template <paramref name="route"/>.</summary>
    public bool Is(string method, string route) => Method == method && Route == route;

    /// <summary>A header's value (several values joined by ", "), or null when the request did not carry it.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
