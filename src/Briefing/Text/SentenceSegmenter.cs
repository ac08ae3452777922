namespace Briefing.Text;

/// <summary>
/// Splits text into sentences and returns their character spans, so a sentence is always a verbatim slice of
/// its source. Handles abbreviations, initials, decimals, closing quotes and brackets, numbered list items, line
/// breaks, glued full stops ("lead.Cameron") and captions that run into the next sentence without a full stop.
/// </summary>
public static class SentenceSegmenter
{
    private const string Terminators = ".!?…。！？";
    private const string Closers = "\"'”’»)]}";

    public static IReadOnlyList<TextSpan> Segment(string text)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (LineBreakEndsSentence(text, i))
                {
                    RunOnSplitter.Add(text, start, i, sentences);
                    start = i;
                }
                i++;
                continue;
            }
            if (!Terminators.Contains(c))
            {
                i++;
                continue;
            }
            var end = PastTerminators(text, i);
            if (IsBoundary(text, i, end))
            {
                RunOnSplitter.Add(text, start, end, sentences);
                start = end;
            }
            i = end;
        }
        RunOnSplitter.Add(text, start, text.Length, sentences);
        return sentences;
    }

    private static int PastTerminators(string text, int i)
    {
        var j = i;
        while (j < text.Length && Terminators.Contains(text[j]))
        {
            j++;
        }
        while (j < text.Length && Closers.Contains(text[j]))
        {
            j++;
        }
        return j;
    }

    private static bool IsBoundary(string text, int first, int end)
    {
        if (end >= text.Length || text[first] is '。' or '！' or '？')
        {
            return true;
        }
        var singleDot = text[first] == '.' && (end == first + 1 || !Terminators.Contains(text[first + 1]));
        if (!char.IsWhiteSpace(text[end]))
        {
            return singleDot && end == first + 1 && IsGluedFullStop(text, first);
        }
        var next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }
        if (next >= text.Length)
        {
            return true;
        }
        var nextChar = text[next];
        if (!singleDot)
        {
            return !char.IsLower(nextChar);
        }
        var word = WordBefore(text, first);
        var lower = word.ToLowerInvariant();
        if (word.Length == 0)
        {
            return !char.IsLower(nextChar);
        }
        if (Abbreviations.IsTitle(lower) || IsInitial(word) || IsListNumber(text, first - word.Length, word))
        {
            return false;
        }
        if (Abbreviations.IsBeforeNumber(lower) && (char.IsDigit(nextChar) || nextChar == '#'))
        {
            return false;
        }
        if (Abbreviations.IsAmbiguous(lower) || IsDottedLetters(word))
        {
            return SentenceOpeners.Contains(NextWord(text, next));
        }
        return !char.IsLower(nextChar);
    }

    /// <summary>"a 16-point lead.Cameron Phelps": a full stop with no space before a capitalised word.</summary>
    private static bool IsGluedFullStop(string text, int dot)
    {
        if (dot + 2 >= text.Length || !char.IsUpper(text[dot + 1]) || !char.IsLower(text[dot + 2]))
        {
            return false;
        }
        var word = WordBefore(text, dot);
        return word.Length >= 3 && !word.Contains('.') && char.IsLower(word[^1]);
    }

    private static string WordBefore(string text, int dot)
    {
        var j = dot;
        while (j > 0 && (char.IsLetterOrDigit(text[j - 1]) || (text[j - 1] == '.' && j - 1 > 0 && char.IsLetter(text[j - 2]))))
        {
            j--;
        }
        return text[j..dot];
    }

    private static ReadOnlySpan<char> NextWord(string text, int start)
    {
        var j = start;
        while (j < text.Length && char.IsLetter(text[j]))
        {
            j++;
        }
        return text.AsSpan(start, j - start);
    }

    private static bool IsInitial(string word) => word.Length == 1 && char.IsUpper(word[0]);

    // "U.S", "J.K", "e.g": single letters joined by dots.
    private static bool IsDottedLetters(string word)
    {
        if (word.Length < 3)
        {
            return false;
        }
        for (var k = 0; k < word.Length; k++)
        {
            var expectLetter = k % 2 == 0;
            if (expectLetter ? !char.IsLetter(word[k]) : word[k] != '.')
            {
                return false;
            }
        }
        return true;
    }

    // "1. First item" or "a. first item" at the start of a line is a list marker, not the end of a sentence.
    private static bool IsListNumber(string text, int wordStart, string word)
    {
        if (word.Length > 3 || !(word.All(char.IsDigit) || (word.Length == 1 && char.IsLetter(word[0]))))
        {
            return false;
        }
        var j = wordStart - 1;
        while (j >= 0 && text[j] is ' ' or '\t')
        {
            j--;
        }
        return j < 0 || text[j] == '\n';
    }

    // A line break ends a sentence unless the next line continues it in lowercase (hard-wrapped prose).
    private static bool LineBreakEndsSentence(string text, int newline)
    {
        var j = newline + 1;
        while (j < text.Length && text[j] is ' ' or '\t' or '\r')
        {
            j++;
        }
        return j >= text.Length || text[j] == '\n' || !char.IsLower(text[j]);
    }
}
