using Briefing.Text;

namespace Briefing.Tests.Text;

public sealed class StorableTextTests
{
    [Fact]
    public void A_paragraph_within_the_limit_is_one_piece()
    {
        Assert.Equal(["Short enough."], StorableText.SplitOversized("Short enough.", 100));
    }

    [Fact]
    public void A_run_without_sentence_ends_is_cut_at_spaces()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 100));

        var pieces = StorableText.SplitOversized(words, 100);

        Assert.All(pieces, p => Assert.InRange(p.Length, 1, 100));
        Assert.All(pieces, p => Assert.DoesNotContain("wor ", p + " ", StringComparison.Ordinal));
        Assert.Equal(words, string.Join(' ', pieces));
    }

    [Fact]
    public void Text_without_any_space_is_cut_at_the_limit_without_splitting_a_surrogate_pair()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 150));

        var pieces = StorableText.SplitOversized(text, 101);

        Assert.All(pieces, p => Assert.InRange(p.Length, 1, 101));
        Assert.All(pieces, p => Assert.False(char.IsLowSurrogate(p[0])));
        Assert.Equal(text, string.Concat(pieces));
    }

    [Fact]
    public void Control_characters_go_and_line_breaks_become_spaces()
    {
        Assert.Equal("a b cd", StorableText.RemoveControlCharacters("a\tb\0\nc\u009Fd"));
        Assert.Equal("ab", StorableText.RemoveControlCharacters("a\0\u0007b"));
        Assert.Equal("plain", StorableText.RemoveControlCharacters("plain"));
    }
}
