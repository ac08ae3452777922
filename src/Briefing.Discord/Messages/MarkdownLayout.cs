using System.Text.RegularExpressions;

namespace Briefing.Discord.Messages;

/// <summary>
/// Where a Markdown text may be cut: positions inside links, bare URLs, mentions, custom emoji,
/// timestamps, inline code, fence markers and surrogate pairs are forbidden; code blocks are listed so
/// a cut inside one can close and reopen the fence. A code block short enough to fit in one piece is
/// protected whole.
/// </summary>
internal sealed partial class MarkdownLayout
{
    private const string Fence = "```";
    private readonly bool[] _forbidden;

    public MarkdownLayout(string text, int maxLength)
    {
        Text = text;
        _forbidden = new bool[text.Length + 1];
        CodeBlocks = FindCodeBlocks(text);
        foreach (var block in CodeBlocks)
        {
            // The opening marker and its language word never split; the closing marker neither.
            Forbid(block.Start, block.ContentStart);
            if (block.End - block.Start <= maxLength - block.ReopenFence.Length - CloseFence.Length)
            {
                Forbid(block.Start, block.End);
            }
            else if (block.End - Fence.Length >= block.ContentStart)
            {
                Forbid(block.End - Fence.Length, block.End);
            }
        }
        foreach (Match match in AtomicSpan().Matches(text))
        {
            if (!IsInsideLargeCodeBlock(match.Index))
            {
                Forbid(match.Index, match.Index + match.Length);
            }
        }
        for (var i = 1; i < text.Length; i++)
        {
            if ((char.IsHighSurrogate(text[i - 1]) && char.IsLowSurrogate(text[i])) || (text[i - 1] == '\r' && text[i] == '\n'))
            {
                _forbidden[i] = true;
            }
        }
    }

    /// <summary>Appended to a piece that ends inside a code block.</summary>
    public const string CloseFence = "\n```";

    public string Text { get; }
    public IReadOnlyList<CodeBlock> CodeBlocks { get; }

    /// <summary>May the text be cut just before <paramref name="index"/>?</summary>
    public bool CanCutAt(int index) => index > 0 && index < Text.Length && !_forbidden[index];

    /// <summary>The code block that strictly contains position <paramref name="index"/>, if any.</summary>
    public CodeBlock? BlockAt(int index)
    {
        foreach (var block in CodeBlocks)
        {
            if (index > block.Start && index < block.End)
            {
                return block;
            }
        }
        return null;
    }

    private bool IsInsideLargeCodeBlock(int index) => BlockAt(index) is not null;

    private void Forbid(int start, int end)
    {
        for (var i = start + 1; i < end && i < _forbidden.Length; i++)
        {
            _forbidden[i] = true;
        }
    }

    private static List<CodeBlock> FindCodeBlocks(string text)
    {
        var blocks = new List<CodeBlock>();
        var search = 0;
        while (search < text.Length)
        {
            var open = text.IndexOf(Fence, search, StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }
            var language = LanguageTag().Match(text, open + Fence.Length);
            var contentStart = open + Fence.Length + (language.Success ? language.Length : 0);
            var close = text.IndexOf(Fence, contentStart, StringComparison.Ordinal);
            var end = close < 0 ? text.Length : close + Fence.Length;
            blocks.Add(new CodeBlock(open, contentStart, end, language.Success ? language.Value : ""));
            search = end;
        }
        return blocks;
    }

    // A language tag directly after the opening fence, ending at the line break ("```csharp\n").
    [GeneratedRegex(@"\G[\w+#.-]{1,24}(?=\r?\n)")]
    private static partial Regex LanguageTag();

    // Links [text](url), <autolinks>, bare URLs, user/role/channel mentions, custom emoji, timestamps,
    // slash-command mentions, inline code.
    [GeneratedRegex(@"\[[^\]\n]{0,256}\]\([^)\s]{1,2048}\)|<https?://[^>\s]+>|https?://[^\s<>()\[\]]+|<(?:@[!&]?|#)\d{1,20}>|<a?:\w{1,32}:\d{1,20}>|<t:-?\d{1,20}(?::[tTdDfFR])?>|</[\w -]{1,100}:\d{1,20}>|`[^`\n]{1,200}`")]
    private static partial Regex AtomicSpan();
}
