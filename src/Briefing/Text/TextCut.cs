namespace Briefing.Text;

/// <summary>
/// The product's one truncator and one whitespace collapser: every line shown to a reader (reply, digest entry, error,
/// fallback title) is made one line and cut here, so no cut can leave half of a surrogate pair (an emoji) behind.
/// </summary>
public static class TextCut
{
    public const string Ellipsis = "…";

    /// <summary>Every run of whitespace (line breaks included) becomes one space; the ends are trimmed.</summary>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The text on one line, cut at a word boundary within <paramref name="limit"/> characters and marked with an ellipsis.</summary>
    public static string Truncate(string text, int limit) => Cut(OneLine(text), limit);

    /// <summary>
    /// Like <see cref="Truncate"/>, but keeps the text's line breaks (blank lines dropped): an answer lists each cited
    /// paragraph on a line of its own.
    /// </summary>
    public static string TruncateKeepingLines(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Select(OneLine).Where(line => line.Length > 0);
        return Cut(string.Join('\n', lines), limit);
    }

    /// <summary>
    /// The END of the text within <paramref name="limit"/> characters, marked with a leading ellipsis: for a path or an
    /// address, whose last part says the most. Never starts on the second half of a surrogate pair.
    /// </summary>
    public static string KeepEnd(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 2);
        if (text.Length <= limit)
        {
            return text;
        }

        var start = text.Length - (limit - Ellipsis.Length);
        if (char.IsLowSurrogate(text[start]))
        {
            start++;
        }

        return string.Concat(Ellipsis, text.AsSpan(start));
    }

    // At the last space or line break within the limit (unless that loses more than half), then an ellipsis.
    private static string Cut(string text, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (text.Length <= limit)
        {
            return text;
        }

        var cut = text.LastIndexOfAny([' ', '\n'], limit - 1);
        if (cut <= limit / 2)
        {
            // No word boundary worth keeping: cut hard, but never between the two halves of a surrogate pair
            // (an emoji), which would leave a lone surrogate that Discord rejects or shows as a replacement mark.
            cut = limit - 1;
            if (cut > 0 && char.IsLowSurrogate(text[cut]))
            {
                cut--;
            }
        }
        return string.Concat(text.AsSpan(0, cut).TrimEnd(", ;:\n"), Ellipsis);
    }
}
