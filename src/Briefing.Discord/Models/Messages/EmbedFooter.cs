namespace Briefing.Discord.Models;

/// <summary>An embed footer: text at most 2048 characters.</summary>
public sealed record EmbedFooter
{
    public string Text { get; set; } = "";
    public string? IconUrl { get; init; }
}
