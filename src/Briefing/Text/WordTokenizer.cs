namespace Briefing.Text;

/// <summary>
/// Splits text into lowercase alphanumeric words (maximal runs of Unicode letters and digits).
/// The same definition serves similarity, cue matching and ROUGE, so scores and metrics agree on what a word is.
/// </summary>
public static class WordTokenizer
{
    public static List<string> Tokenize(ReadOnlySpan<char> text)
    {
        var words = new List<string>(text.Length / 5 + 1);
        foreach (var span in Spans(text))
        {
            words.Add(ToLower(text.Slice(span.Start, span.Length)));
        }
        return words;
    }

    /// <summary>The spans of the words, in order, relative to <paramref name="text"/>.</summary>
    public static List<TextSpan> Spans(ReadOnlySpan<char> text)
    {
        var spans = new List<TextSpan>(text.Length / 5 + 1);
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]) || IsCombiningMark(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                spans.Add(new TextSpan(start, i - start));
                start = -1;
            }
        }
        if (start >= 0)
        {
            spans.Add(new TextSpan(start, text.Length - start));
        }
        return spans;
    }

    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWord = char.IsLetterOrDigit(c);
            if (isWord && !inWord)
            {
                count++;
            }
            inWord = isWord;
        }
        return count;
    }

    private static string ToLower(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(buffer);
        return new string(buffer);
    }

    // Decomposed accents (e.g. Devanagari vowel signs, "e" + U+0301) belong to the word they modify.
    private static bool IsCombiningMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
