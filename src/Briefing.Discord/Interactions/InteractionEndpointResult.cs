using Briefing.Discord.Models;

namespace Briefing.Discord.Interactions;

/// <summary>
/// What an HTTP interactions endpoint answers: 401 for a bad signature, 400 for an unreadable body,
/// 200 <c>{"type":1}</c> for a PING, and for anything else 200 with a deferral plus the parsed
/// <see cref="Interaction"/> for the dispatcher to handle.
/// </summary>
public sealed record InteractionEndpointResult(int StatusCode, string? ResponseJson, Interaction? Interaction);
