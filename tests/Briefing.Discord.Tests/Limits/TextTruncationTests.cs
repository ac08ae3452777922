using Briefing.Discord.Limits;

namespace Briefing.Discord.Tests.Limits;

/// <summary>The wire project's one truncator (it cannot see Text's): within the limit, ellipsis included, emoji whole.</summary>
public sealed class TextTruncationTests
{
    [Fact]
    public void Text_within_the_limit_is_returned_as_it_is()
    {
        Assert.Equal("Harbour tolls", TextTruncation.Truncate("Harbour tolls", 13));
    }

    [Fact]
    public void A_cut_through_an_emoji_keeps_it_whole_or_leaves_it_out()
    {
        // "a" then emoji: the budget (limit minus the ellipsis) ends between the two halves of the fifth emoji.
        var text = "a" + string.Concat(Enumerable.Repeat("🚢", 10));

        var cut = TextTruncation.Truncate(text, 11);

        Assert.Equal("a" + string.Concat(Enumerable.Repeat("🚢", 4)) + TextTruncation.Ellipsis, cut);
        Assert.True(cut.Length <= 11, $"{cut.Length} characters");
    }

    [Fact]
    public void A_cut_prefers_the_last_word_boundary_near_the_end()
    {
        var cut = TextTruncation.Truncate("The harbour toll is up in winter", 20);

        Assert.Equal("The harbour toll…", cut);
    }
}
