namespace Briefing.Discord.Interactions;

/// <summary>
/// What the HTTP interactions endpoint answers: 401 for a bad signature or a stale timestamp, 400 for an unreadable body
/// (with a one-line <see cref="Problem"/>), 200 with the acknowledgement's JSON otherwise. When the acknowledgement may
/// be followed by work that needs the original message, <see cref="Acknowledgement"/> must hear when the response is out.
/// </summary>
public sealed record InteractionEndpointResult(int StatusCode, string? ResponseJson, string? Problem, HttpAcknowledgement? Acknowledgement = null);
