using Briefing.Articles;
using Briefing.Articles.Extraction;

namespace Briefing.Tests.Articles;

/// <summary>
/// Posts copied from blogging and newsletter platforms (texts invented): a name over a follow button, a read time, a
/// dot and clap counts around the date; a subscription appeal, a postscript and a comment count after the piece.
/// </summary>
public sealed class BlogPlatformCopyTests
{
    private static ArticleDraft Extract(string text) =>
        new TextArticleExtractor().Extract(text, isMarkdown: false, new Uri(Path.Combine(Path.GetTempPath(), "post.txt")), "post.txt", "file");

    private const string First = "Every few months another trial reports that a shorter week cost nothing.";
    private const string Second = "A hospital cannot compress a week, because patients arrive on the fifth day whether or not the staff do.";
    private const string Third = "Offer the shorter week where the work can be compressed, and stop selling it as a reform for everyone.";

    [Fact]
    public void The_name_over_a_follow_button_is_the_author_and_the_platform_header_leaves_the_text()
    {
        var draft = Extract($"Short weeks and long shifts\n\nNadia Ferreira\nFollow\n6 min read\n·\nMar 3, 2026\n1.2K\n14\nListen\nShare\n\n{First}\n\n{Second}\n\n{Third}\n");

        Assert.Equal("Short weeks and long shifts", draft.Title);
        Assert.Equal(["Nadia Ferreira"], draft.Authors);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero), draft.PublishedAt);
        Assert.Equal([First, Second, Third], draft.Paragraphs);
    }

    [Fact]
    public void A_subscription_appeal_a_postscript_and_a_separator_leave_the_text()
    {
        var draft = Extract(
            $"Short weeks and long shifts\n\n{First}\n\n* * *\n\n{Second}\n\nThanks for reading The Rota Letter! Subscribe for free to receive new posts and support my work.\n\n" +
            $"{Third}\n\nSubscribe\n\nP.S. Next week: why rotas are still drawn up by hand.\n\n14 comments\n");

        Assert.Equal([First, Second, Third], draft.Paragraphs);
    }

    [Fact]
    public void A_name_line_without_a_follow_button_is_text()
    {
        var draft = Extract($"Short weeks and long shifts\n\nNadia Ferreira\n\n{First}\n\n{Second}");

        Assert.Empty(draft.Authors);
        Assert.Equal(["Nadia Ferreira", First, Second], draft.Paragraphs);
    }
}
