namespace Briefing.Discord.Models;

/// <summary>
/// What <c>POST /interactions/{id}/{token}/callback?with_response=true</c> returns: for a type 4 (or 7) the message
/// the response created, so a thread can start from it without another request.
/// </summary>
public sealed record InteractionCallbackResult
{
    public InteractionCallbackResource? Resource { get; init; }
}
