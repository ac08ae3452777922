namespace Briefing.Discord.Models;

/// <summary>An embed field: name at most 256 characters, value at most 1024.</summary>
public sealed record EmbedField
{
    public string Name { get; set; } = "";
    public string Value { get; set; } = "";
    public bool? Inline { get; init; }
}
