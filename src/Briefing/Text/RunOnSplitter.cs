namespace Briefing.Text;

/// <summary>
/// Adds a trimmed candidate sentence, first cutting run-ons where punctuation is missing: a Daily Mail caption
/// glued to the next sentence ("...denied four counts of sexual assault A senior doctor facing...") or a long
/// stretch joined by semicolons.
/// </summary>
internal static class RunOnSplitter
{
    // Below this many words a sentence is left whole: short sentences rarely hide a missing full stop.
    private const int RunOnWords = 15;
    private const int MinPieceWords = 4;
    private const int SemicolonSplitWords = 80;

    public static void Add(string text, int start, int end, List<TextSpan> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (!HasWordCharacter(text, start, end))
        {
            return;
        }
        var words = WordTokenizer.Spans(text.AsSpan(start, end - start));
        if (words.Count < RunOnWords)
        {
            sentences.Add(new TextSpan(start, end - start));
            return;
        }
        var pieceStart = start;
        var pieceFirstWord = 0;
        for (var w = MinPieceWords; w <= words.Count - MinPieceWords; w++)
        {
            var at = start + words[w].Start;
            if (w - pieceFirstWord >= MinPieceWords && IsMissingBoundary(text, start, words, w))
            {
                AddPiece(text, pieceStart, at, sentences);
                pieceStart = at;
                pieceFirstWord = w;
            }
        }
        AddPiece(text, pieceStart, end, sentences);
    }

    private static bool IsMissingBoundary(string text, int offset, List<TextSpan> words, int w)
    {
        var word = words[w];
        var previous = words[w - 1];
        // Only a single space between the words: any punctuation means the writer chose to continue.
        if (word.Start - previous.End != 1 || text[offset + previous.End] != ' ')
        {
            return false;
        }
        if (!SentenceOpeners.StartsRunOn(text.AsSpan(offset + word.Start, word.Length)))
        {
            return false;
        }
        // "A senior doctor ..." starts a sentence; "The Royal China Club" is a name inside one.
        if (w + 1 < words.Count && char.IsUpper(text[offset + words[w + 1].Start]))
        {
            return false;
        }
        var previousWord = text.AsSpan(offset + previous.Start, previous.Length);
        Span<char> lower = stackalloc char[Math.Min(previousWord.Length, 32)];
        var length = previousWord[..lower.Length].ToLowerInvariant(lower);
        return !NotBeforeBoundary.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower[..length]);
    }

    // "in The Times", "and A Ferguson": after these a capitalised opener is a name, not a new sentence.
    private static readonly HashSet<string> NotBeforeBoundary = new(
        ["a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or", "as", "into",
         "about", "than", "that", "said", "says", "told", "called", "named", "film", "show", "book", "song",
         "newspaper", "magazine", "album", "series", "star", "ex", "is", "was", "are", "were", "be"],
        StringComparer.Ordinal);

    private static void AddPiece(string text, int start, int end, List<TextSpan> sentences)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (WordTokenizer.CountWords(text.AsSpan(start, end - start)) <= SemicolonSplitWords)
        {
            sentences.Add(new TextSpan(start, end - start));
            return;
        }
        // Very long run-ons (lists of clauses) are cut after each semicolon so no "sentence" swamps a summary.
        var pieceStart = start;
        for (var i = start; i < end - 1; i++)
        {
            if (text[i] == ';' && char.IsWhiteSpace(text[i + 1]))
            {
                sentences.Add(new TextSpan(pieceStart, i + 1 - pieceStart));
                pieceStart = i + 1;
                while (pieceStart < end && char.IsWhiteSpace(text[pieceStart]))
                {
                    pieceStart++;
                }
            }
        }
        if (pieceStart < end)
        {
            sentences.Add(new TextSpan(pieceStart, end - pieceStart));
        }
    }

    private static bool HasWordCharacter(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }
        return false;
    }
}
