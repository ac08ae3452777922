using Briefing.Articles.Extraction;

namespace Briefing.Tests.Articles;

/// <summary>Text with no title and no readable file name is named after its opening words, cut by Text's one truncator.</summary>
public sealed class FileTitleTests
{
    [Fact]
    public void A_readable_file_name_is_the_title()
    {
        Assert.Equal("Four day week", FileTitle.For(new Uri("file:///articles/four-day_week.txt"), "Anything."));
    }

    [Fact]
    public void Opening_words_of_emoji_are_cut_without_a_lone_surrogate()
    {
        // No spaces and 79 letters first: the old hard cut after 80 characters ended on the first emoji's first half.
        var opening = new string('x', 79) + string.Concat(Enumerable.Repeat("🚢", 10));

        var title = FileTitle.For(new Uri("file:///articles/1234.txt"), opening);

        Assert.Equal(new string('x', 79) + "…", title);
    }
}
