namespace Briefing.Discord.Models;

/// <summary>An embed author: name at most 256 characters.</summary>
public sealed record EmbedAuthor
{
    public string Name { get; set; } = "";
    public string? Url { get; init; }
    public string? IconUrl { get; init; }
}
