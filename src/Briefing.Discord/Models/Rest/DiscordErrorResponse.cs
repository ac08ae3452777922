using System.Text.Json;

namespace Briefing.Discord.Models;

/// <summary>
/// Discord's error body: <c>{code, message, errors}</c> (errors nested per field, e.g.
/// <c>{"content": {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", ...}]}}</c>); a 429 adds <c>retry_after</c>
/// (seconds, decimal) and <c>global</c>.
/// </summary>
public sealed record DiscordErrorResponse
{
    public int Code { get; init; }
    public string? Message { get; init; }
    public JsonElement? Errors { get; init; }
    public double? RetryAfter { get; init; }
    public bool Global { get; init; }
}
