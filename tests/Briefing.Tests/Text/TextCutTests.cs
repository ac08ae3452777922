using Briefing.Text;

namespace Briefing.Tests.Text;

public sealed class TextCutTests
{
    [Fact]
    public void Lines_are_kept_while_spaces_inside_them_collapse_and_blank_lines_go()
    {
        var text = TextCut.TruncateKeepingLines("The article explains it this way:\n\n¶4:   “The timing\tmatters too.”\n¶6: “Not yet.”", 4000);

        Assert.Equal("The article explains it this way:\n¶4: “The timing matters too.”\n¶6: “Not yet.”", text);
    }

    [Fact]
    public void A_long_text_is_cut_at_a_word_or_line_within_the_limit()
    {
        var long_ = string.Join('\n', Enumerable.Range(1, 200).Select(i => $"¶{i}: “a quoted sentence number {i}”"));

        var text = TextCut.TruncateKeepingLines(long_, 500);

        Assert.True(text.Length <= 500, $"{text.Length} characters");
        Assert.EndsWith("…", text, StringComparison.Ordinal);
        Assert.StartsWith("¶1: “a quoted sentence number 1”\n¶2: ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hard_cut_never_splits_a_surrogate_pair()
    {
        // No space to cut at, and the limit falls between the two halves of the tenth emoji.
        var emojis = string.Concat(Enumerable.Repeat("😀", 20));

        var text = TextCut.Truncate(emojis, 20);

        Assert.Equal(string.Concat(Enumerable.Repeat("😀", 9)) + "…", text);
        Assert.True(text.Length <= 20, $"{text.Length} characters");
    }

    [Fact]
    public void A_hard_cut_just_after_a_surrogate_pair_keeps_it_whole()
    {
        var text = TextCut.Truncate("a" + string.Concat(Enumerable.Repeat("😀", 20)), 20);

        Assert.Equal("a" + string.Concat(Enumerable.Repeat("😀", 9)) + "…", text);
    }

    [Fact]
    public void One_line_collapses_every_run_of_whitespace_and_trims_the_ends()
    {
        Assert.Equal("unreachable (No such host is known)", TextCut.OneLine("  unreachable\r\n(No such\thost   is known)\n"));
    }

    [Fact]
    public void A_text_within_the_limit_comes_back_on_one_line_and_uncut()
    {
        Assert.Equal("North Korea is playing out the clock", TextCut.Truncate("North Korea\n is playing out the clock", 36));
    }

    [Fact]
    public void A_cut_at_a_word_drops_the_trailing_punctuation_before_the_ellipsis()
    {
        Assert.Equal("Sanctions, tariffs…", TextCut.Truncate("Sanctions, tariffs, and talks", 20));
    }
}
