namespace Briefing.Discord.Models;

/// <summary>The <c>resource</c> of an interaction callback response: its type and the message it created or updated.</summary>
public sealed record InteractionCallbackResource
{
    public InteractionCallbackType Type { get; init; }
    public DiscordMessage? Message { get; init; }
}
