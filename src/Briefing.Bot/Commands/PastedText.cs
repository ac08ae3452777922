using System.Text.RegularExpressions;

namespace Briefing.Bot.Commands;

/// <summary>
/// Tells text someone pasted into a query from the words they would search with. Search words are a few words and no
/// full stops; a pasted text is long, or runs over several sentences. A URL or an article id is never pasted text.
/// </summary>
public static partial class PastedText
{
    /// <summary>Longer than any search anyone types: a paragraph's worth of characters.</summary>
    public const int MinLength = 300;

    // Several sentences and enough words for them to be prose, not a title with a full stop in it.
    private const int MinSentences = 3;
    private const int MinWords = 25;

    public static bool IsPastedText(string? query)
    {
        if (string.IsNullOrWhiteSpace(query) || ArticleFinder.IsWebUrl(query))
        {
            return false;
        }

        var text = query.Trim();
        if (text.Length >= MinLength)
        {
            return true;
        }

        return SentenceEnd().Count(text) + 1 >= MinSentences && Word().Count(text) >= MinWords;
    }

    // A sentence ends at . ! or ? (closing quotes allowed) followed by space and the next sentence's capital or quote.
    [GeneratedRegex(@"[.!?][""'”’)]?\s+[""'“‘(]?\p{Lu}")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}'’-]*")]
    private static partial Regex Word();
}
