using System.Text.RegularExpressions;
using Briefing.Discord.Messages;

namespace Briefing.Discord.Tests.Messages;

public sealed partial class MarkdownSplitterTests
{
    public static TheoryData<int, int> Cases()
    {
        var cases = new TheoryData<int, int>();
        foreach (var limit in new[] { 120, 400, 2000, 4096 })
        {
            for (var seed = 0; seed < 25; seed++)
            {
                cases.Add(seed, limit);
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pieces_respect_the_limit_and_read_back_as_the_text(int seed, int limit)
    {
        var text = MarkdownTextGenerator.Generate(seed, limit * 6);

        var pieces = MarkdownSplitter.Split(text, limit);

        Assert.All(pieces, piece => Assert.InRange(piece.Length, 1, limit));
        // Joined with a line break: the split whitespace is not part of the comparison anyway.
        Assert.Equal(Normalize(text), Normalize(string.Join("\n", pieces)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Links_mentions_urls_and_emoji_are_never_cut_and_fences_stay_balanced(int seed, int limit)
    {
        var text = MarkdownTextGenerator.Generate(seed, limit * 6);

        var pieces = MarkdownSplitter.Split(text, limit);

        Assert.Equal(Atoms(text), pieces.SelectMany(Atoms).ToArray());
        Assert.All(pieces, piece => Assert.Equal(0, Fences().Count(piece) % 2));
        Assert.All(pieces, piece => Assert.False(char.IsHighSurrogate(piece[^1]), "a piece ends inside an emoji"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Code_blocks_that_fit_in_a_piece_are_never_cut(int seed, int limit)
    {
        var text = MarkdownTextGenerator.Generate(seed, limit * 6);
        var smallBlocks = CodeBlock().Matches(text).Select(match => match.Value).Where(block => block.Length <= limit - 16).ToArray();

        var pieces = MarkdownSplitter.Split(text, limit);

        Assert.All(smallBlocks, block => Assert.Contains(pieces, piece => piece.Contains(block, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_code_block_longer_than_a_piece_is_closed_and_reopened_with_its_language()
    {
        var code = string.Join('\n', Enumerable.Range(0, 80).Select(i => $"    var line{i} = Compute({i});"));
        var text = "Intro paragraph.\n\n```csharp\n" + code + "\n```\nAfter the code.";

        var pieces = MarkdownSplitter.Split(text, 500);

        Assert.True(pieces.Count > 3);
        Assert.All(pieces.Skip(1).SkipLast(1), piece =>
        {
            Assert.StartsWith("```csharp\n", piece);
            Assert.EndsWith("\n```", piece);
        });
        // Indentation survives the cut: each continued piece starts its code with a whole, indented line.
        Assert.All(pieces.Skip(1).SkipLast(1), piece => Assert.StartsWith("```csharp\n    var line", piece));
    }

    [Fact]
    public void Paragraphs_that_fit_are_kept_whole()
    {
        var random = new Random(7);
        var paragraphs = Enumerable.Range(0, 40)
            .Select(i => $"Paragraph {i} " + string.Join(' ', Enumerable.Range(0, random.Next(15, 45)).Select(w => "word" + w)) + ".")
            .ToArray();
        var text = string.Join("\n\n", paragraphs);

        var pieces = MarkdownSplitter.Split(text, 1000);

        var rebuilt = pieces.SelectMany(piece => piece.Split("\n\n")).ToArray();
        Assert.Equal(paragraphs, rebuilt);
    }

    [Fact]
    public void A_long_paragraph_breaks_after_a_sentence()
    {
        var text = string.Join(' ', Enumerable.Range(0, 120).Select(i => $"Sentence number {i} makes a point about trade policy{(i % 3 == 0 ? '?' : '.')}"));

        var pieces = MarkdownSplitter.Split(text, 300);

        Assert.All(pieces, piece => Assert.Matches(@"[.?]$", piece));
    }

    [Fact]
    public void Short_text_is_one_piece_and_blank_text_is_none()
    {
        Assert.Equal(["Just one line."], MarkdownSplitter.Split("  Just one line.\n", 2000));
        Assert.Empty(MarkdownSplitter.Split(" \n\n ", 2000));
    }

    private static string Normalize(string text) => Whitespace().Replace(FenceWithLanguage().Replace(text, ""), "");

    private static string[] Atoms(string text) => Atom().Matches(text).Select(match => match.Value).ToArray();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"```[\w+#.-]*")]
    private static partial Regex FenceWithLanguage();

    [GeneratedRegex("```")]
    private static partial Regex Fences();

    [GeneratedRegex(@"```[\s\S]*?```")]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"\[[^\]\n]*\]\([^)\s]*\)|<(?:@[!&]?|#)\d+>|https://example\.com/report/\d+\?page=2|📰")]
    private static partial Regex Atom();
}
