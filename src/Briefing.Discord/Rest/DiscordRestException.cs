using System.Net;

namespace Briefing.Discord.Rest;

/// <summary>
/// Discord answered an error: the HTTP status, Discord's JSON error <see cref="DiscordCode"/> (e.g. 50035
/// invalid form body, 10062 unknown interaction, 40060 already acknowledged, 160004 thread exists) and the
/// route template. Never contains the token or an interaction token.
/// </summary>
public class DiscordRestException : Exception
{
    public DiscordRestException(HttpStatusCode statusCode, int discordCode, string? discordMessage, string? errorDetails, string route)
        : base($"Discord {(int)statusCode} on {route}: code {discordCode} {discordMessage}".TrimEnd())
    {
        StatusCode = statusCode;
        DiscordCode = discordCode;
        DiscordMessage = discordMessage;
        ErrorDetails = errorDetails;
        Route = route;
    }

    /// <summary>Discord's "a thread has already been created for this message" (with a 400).</summary>
    public const int ThreadAlreadyExistsCode = 160004;

    public HttpStatusCode StatusCode { get; }
    /// <summary>Discord's JSON error code; 0 when the body had none.</summary>
    public int DiscordCode { get; }
    public string? DiscordMessage { get; }
    /// <summary>The raw <c>errors</c> object (per-field problems), when present.</summary>
    public string? ErrorDetails { get; }
    /// <summary>Method and route template, e.g. <c>POST /channels/{channel_id}/messages</c>.</summary>
    public string Route { get; }

    /// <summary>The message already carries its one thread, whose id is the message's id.</summary>
    public bool IsThreadAlreadyExists => StatusCode == HttpStatusCode.BadRequest && DiscordCode == ThreadAlreadyExistsCode;
}
