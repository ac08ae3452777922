using System.Text;

namespace Briefing.Text;

/// <summary>
/// Makes untrusted text safe to store and to summarize: control characters and broken surrogate halves are
/// removed (PostgreSQL refuses NUL in text and cannot encode a lone surrogate), and a paragraph longer than
/// <see cref="MaxParagraphChars"/> is split at sentence boundaries, so no single item can break a provider's
/// paragraph limit (100,000 characters in the schema) or make one "paragraph" the size of a book.
/// </summary>
public static class StorableText
{
    /// <summary>Well below the schema's 100,000-character limit; a real paragraph is rarely a tenth of this.</summary>
    public const int MaxParagraphChars = 20_000;

    /// <summary>The text without C0/C1 control characters (tab and line breaks become spaces) and unpaired surrogates.</summary>
    public static string RemoveControlCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsCleaning(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (c is '\t' or '\n' or '\r')
            {
                clean.Append(' ');
            }
            else if (!char.IsControl(c) && !char.IsSurrogate(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    /// <summary>
    /// One paragraph as one or more pieces of at most <paramref name="maxChars"/> characters, cut after the
    /// last sentence that fits; a run with no sentence end inside the limit is cut at a space, and only text with
    /// no space at all is cut mid-word.
    /// </summary>
    public static IReadOnlyList<string> SplitOversized(string paragraph, int maxChars = MaxParagraphChars)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 100);
        if (paragraph.Length <= maxChars)
        {
            return [paragraph];
        }

        var pieces = new List<string>();
        var sentences = SentenceSegmenter.Segment(paragraph);
        var start = 0;
        var lastFit = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.End - start <= maxChars)
            {
                lastFit = sentence.End;
                continue;
            }

            // This sentence does not fit: close the piece at the last sentence that did, then cut any overlong rest.
            if (lastFit > start)
            {
                start = AddPiece(paragraph, start, lastFit, pieces);
            }

            while (sentence.End - start > maxChars)
            {
                start = AddPiece(paragraph, start, CutAtSpace(paragraph, start, maxChars), pieces);
            }

            lastFit = sentence.End;
        }

        while (paragraph.Length - start > maxChars)
        {
            start = AddPiece(paragraph, start, CutAtSpace(paragraph, start, maxChars), pieces);
        }

        AddPiece(paragraph, start, paragraph.Length, pieces);
        return pieces;
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private static int CutAtSpace(string text, int start, int maxChars)
    {
        var space = text.LastIndexOf(' ', start + maxChars - 1, maxChars / 2);
        var cut = space > start ? space : start + maxChars;
        // Never leave half of a surrogate pair on either side of the cut.
        return char.IsLowSurrogate(text[cut]) ? cut - 1 : cut;
    }

    private static int AddPiece(string text, int start, int end, List<string> pieces)
    {
        var piece = text[start..end].Trim();
        if (piece.Length > 0)
        {
            pieces.Add(piece);
        }

        return end;
    }
}
