namespace Briefing.Discord.Models;

/// <summary>
/// An embed on the wire. Build outgoing ones with <see cref="Messages.EmbedBuilder"/>, which enforces
/// Discord's limits; this record itself accepts whatever Discord sends back.
/// </summary>
public sealed record Embed
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public string? Timestamp { get; init; }
    public int? Color { get; init; }
    public EmbedFooter? Footer { get; init; }
    public EmbedAuthor? Author { get; init; }
    public IReadOnlyList<EmbedField>? Fields { get; init; }

    /// <summary>Characters that count toward the 6000 per-message total (title, description, field names and values, footer text, author name).</summary>
    public int TextLength =>
        (Title?.Length ?? 0) + (Description?.Length ?? 0) + (Footer?.Text.Length ?? 0) + (Author?.Name.Length ?? 0)
        + (Fields?.Sum(item => item.Name.Length + item.Value.Length) ?? 0);
}
