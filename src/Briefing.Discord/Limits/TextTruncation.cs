namespace Briefing.Discord.Limits;

/// <summary>Cuts text to a length with a trailing "…", never through a surrogate pair, preferring a word boundary.</summary>
public static class TextTruncation
{
    public const string Ellipsis = "…";

    public static string Truncate(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (text.Length <= maxLength)
        {
            return text;
        }
        var budget = maxLength - Ellipsis.Length;
        var cut = budget;
        if (cut > 0 && char.IsLowSurrogate(text[cut]))
        {
            cut--;
        }
        // Prefer the last space in the final fifth of the budget, so a word is not chopped.
        var space = text.LastIndexOf(' ', Math.Max(0, cut - 1), Math.Max(0, Math.Min(cut, budget / 5)));
        if (space > 0)
        {
            cut = space;
        }
        return string.Concat(text.AsSpan(0, cut).TrimEnd(), Ellipsis);
    }
}
