namespace Briefing.Discord.Messages;

/// <summary>
/// Splits Markdown into pieces of at most a given length. Each cut is chosen, in this order: at a
/// paragraph break, a line break, a sentence end, a line break inside a code block that is too long for
/// one piece, a space, and only then anywhere allowed. Never inside a link, URL, mention, emoji,
/// timestamp, inline code or a code block that fits in one piece. A piece ending inside a code block gets
/// a closing fence and the next piece reopens it with the same language. The whitespace at a cut is
/// dropped (inside code only the line break), so the pieces read back as the text.
/// </summary>
public static class MarkdownSplitter
{
    private enum CutKind { Paragraph, Line, Sentence, CodeLine, Word, Anywhere }

    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 64);
        var pieces = new List<string>();
        var layout = new MarkdownLayout(text, maxLength);
        var position = SkipWhitespace(text, 0);
        var prefix = "";
        while (position < text.Length)
        {
            var window = maxLength - prefix.Length;
            if (text.Length - position <= window)
            {
                AddPiece(pieces, prefix + text[position..].TrimEnd());
                break;
            }
            var cut = FindCut(layout, position, window);
            var block = layout.BlockAt(cut);
            if (block is not null && cut - position > window - MarkdownLayout.CloseFence.Length)
            {
                // Room for the closing fence is needed when the cut lands inside a block.
                cut = FindCut(layout, position, window - MarkdownLayout.CloseFence.Length);
                block = layout.BlockAt(cut);
            }
            if (block is not null)
            {
                AddPiece(pieces, prefix + text[position..cut] + MarkdownLayout.CloseFence);
                prefix = block.ReopenFence;
                // Inside code only the line break at the cut goes; indentation stays.
                position = cut < text.Length && text[cut] == '\n' ? cut + 1 : cut;
            }
            else
            {
                AddPiece(pieces, prefix + text[position..cut].TrimEnd());
                prefix = "";
                position = SkipWhitespace(text, cut);
            }
        }
        return pieces;
    }

    private static int FindCut(MarkdownLayout layout, int start, int window)
    {
        var last = Math.Min(layout.Text.Length - 1, start + window);
        // Structural breaks must fill a third of the window, so one early blank line does not waste a piece.
        var minimumStructural = start + Math.Max(1, window / 3);
        foreach (var kind in Enum.GetValues<CutKind>())
        {
            var lowest = kind is CutKind.Paragraph or CutKind.Line or CutKind.Sentence ? minimumStructural : start + 1;
            for (var index = last; index >= lowest; index--)
            {
                if (layout.CanCutAt(index) && Matches(layout, index, kind))
                {
                    return index;
                }
            }
        }
        // A single unbreakable span (a huge URL) longer than the window: cut it, keeping surrogate pairs whole.
        var forced = start + window;
        return char.IsLowSurrogate(layout.Text[forced]) ? forced - 1 : forced;
    }

    private static bool Matches(MarkdownLayout layout, int index, CutKind kind)
    {
        var text = layout.Text;
        var inCode = layout.BlockAt(index) is not null;
        var atSpace = char.IsWhiteSpace(text[index]);
        var beforeIsSpace = char.IsWhiteSpace(text[index - 1]);
        return kind switch
        {
            // Cut at the start of a whitespace run, so the whole run is dropped.
            CutKind.Paragraph => !inCode && atSpace && !beforeIsSpace && NewlinesInRun(text, index) >= 2,
            CutKind.Line => !inCode && atSpace && !beforeIsSpace && NewlinesInRun(text, index) >= 1,
            CutKind.Sentence => !inCode && atSpace && !beforeIsSpace && EndsSentence(text, index),
            CutKind.CodeLine => inCode && text[index] == '\n',
            CutKind.Word => atSpace && (inCode || !beforeIsSpace),
            _ => true,
        };
    }

    private static int NewlinesInRun(string text, int index)
    {
        var newlines = 0;
        for (var i = index; i < text.Length && char.IsWhiteSpace(text[i]); i++)
        {
            newlines += text[i] == '\n' ? 1 : 0;
        }
        return newlines;
    }

    private static bool EndsSentence(string text, int index)
    {
        var i = index - 1;
        while (i > 0 && text[i] is '"' or '\'' or ')' or '”' or '’' or '*' or '_')
        {
            i--;
        }
        return text[i] is '.' or '!' or '?' or '…';
    }

    private static int SkipWhitespace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }
        return index;
    }

    private static void AddPiece(List<string> pieces, string piece)
    {
        if (piece.Trim().Length > 0)
        {
            pieces.Add(piece);
        }
    }
}
