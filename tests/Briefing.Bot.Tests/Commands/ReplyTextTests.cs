using Briefing.Bot.Commands;

namespace Briefing.Bot.Tests.Commands;

public sealed class ReplyTextTests
{
    [Fact]
    public void Lines_are_kept_while_spaces_inside_them_collapse_and_blank_lines_go()
    {
        var text = ReplyText.TruncateKeepingLines("The article explains it this way:\n\n¶4:   “The timing\tmatters too.”\n¶6: “Not yet.”", 4000);

        Assert.Equal("The article explains it this way:\n¶4: “The timing matters too.”\n¶6: “Not yet.”", text);
    }

    [Fact]
    public void A_long_text_is_cut_at_a_word_or_line_within_the_limit()
    {
        var long_ = string.Join('\n', Enumerable.Range(1, 200).Select(i => $"¶{i}: “a quoted sentence number {i}”"));

        var text = ReplyText.TruncateKeepingLines(long_, 500);

        Assert.True(text.Length <= 500, $"{text.Length} characters");
        Assert.EndsWith("…", text, StringComparison.Ordinal);
        Assert.StartsWith("¶1: “a quoted sentence number 1”\n¶2: ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hard_cut_never_splits_a_surrogate_pair()
    {
        // No space to cut at, and the limit falls between the two halves of the tenth emoji.
        var emojis = string.Concat(Enumerable.Repeat("😀", 20));

        var text = ReplyText.Truncate(emojis, 20);

        Assert.Equal(string.Concat(Enumerable.Repeat("😀", 9)) + "…", text);
        Assert.True(text.Length <= 20, $"{text.Length} characters");
    }

    [Fact]
    public void A_hard_cut_just_after_a_surrogate_pair_keeps_it_whole()
    {
        var text = ReplyText.Truncate("a" + string.Concat(Enumerable.Repeat("😀", 20)), 20);

        Assert.Equal("a" + string.Concat(Enumerable.Repeat("😀", 9)) + "…", text);
    }
}
