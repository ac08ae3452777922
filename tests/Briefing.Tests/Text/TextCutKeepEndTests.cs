using Briefing.Text;

namespace Briefing.Tests.Text;

/// <summary>Keeping the end of a path or address: within the limit, ellipsis first, never half an emoji.</summary>
public sealed class TextCutKeepEndTests
{
    [Fact]
    public void A_short_text_is_kept_whole()
    {
        Assert.Equal("notes/tolls.md", TextCut.KeepEnd("notes/tolls.md", 50));
    }

    [Fact]
    public void A_long_path_keeps_its_last_characters_after_an_ellipsis()
    {
        var path = "/home/reader/articles/" + new string('x', 40) + "/harbour-tolls.md";

        var kept = TextCut.KeepEnd(path, 20);

        Assert.Equal("…" + path[^19..], kept);
        Assert.EndsWith("harbour-tolls.md", kept, StringComparison.Ordinal);
    }

    [Fact]
    public void The_kept_end_never_starts_on_the_second_half_of_an_emoji()
    {
        // 21 characters: "a" then ten emoji; the last 5 would start on the second half of the eighth.
        var text = "a" + string.Concat(Enumerable.Repeat("🚢", 10));

        Assert.Equal("…🚢🚢", TextCut.KeepEnd(text, 6));
    }
}
