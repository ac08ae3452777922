namespace Briefing.Discord.Models;

/// <summary>The body of POST /interactions/{id}/{token}/callback.</summary>
public sealed record InteractionResponse
{
    public InteractionCallbackType Type { get; init; }
    public InteractionCallbackData? Data { get; init; }
}
