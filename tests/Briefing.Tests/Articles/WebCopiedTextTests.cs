using Briefing.Articles;
using Briefing.Articles.Extraction;

namespace Briefing.Tests.Articles;

/// <summary>Text as people have it: untitled, one paragraph, or copied from a web page with its furniture (all texts invented).</summary>
public sealed class WebCopiedTextTests
{
    private static ArticleDraft Extract(string text, string fileName = "notes.txt", bool markdown = false) =>
        new TextArticleExtractor().Extract(text, markdown, new Uri(Path.Combine(Path.GetTempPath(), fileName)), fileName, "file");

    private const string Body = "The council should fund the ferry all year, because the winter gap empties the island.";
    private const string Second = "Critics say winter demand is small, but the last trial filled half the seats.";

    [Fact]
    public void A_web_copied_blog_post_keeps_its_title_author_date_and_only_its_own_paragraphs()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Articles", "web-copied-post.txt"));

        var draft = Extract(text, "night-buses.txt");

        Assert.Equal("Why Night Buses Deserve the Same Money as Day Routes", draft.Title);
        Assert.Equal(["Helena Marsh"], draft.Authors);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 0, 0, 0, TimeSpan.Zero), draft.PublishedAt);
        string[] starts =
        [
            "When the regional transit board published",
            "The board's reasoning is",
            "Night riders are not a smaller version",
            "The board's own survey from 2023",
            "Critics will say that the money is tight",
            "The board should fund night routes",
        ];
        Assert.Equal(starts.Length, draft.Paragraphs.Count);
        for (var i = 0; i < starts.Length; i++)
        {
            Assert.StartsWith(starts[i], draft.Paragraphs[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_single_paragraph_without_a_title_line_is_read_with_the_file_name_as_title()
    {
        var draft = Extract(Body + " " + Second, "winter_ferry-plan.txt");

        Assert.Equal("Winter ferry plan", draft.Title);
        Assert.Equal([Body + " " + Second], draft.Paragraphs);
    }

    [Fact]
    public void A_hard_wrapped_single_paragraph_is_not_mistaken_for_a_title()
    {
        var draft = Extract("The council should fund the ferry all year,\nbecause the winter gap empties the island.\n", "ferry.txt");

        Assert.Equal("Ferry", draft.Title);
        Assert.Equal([Body], draft.Paragraphs);
    }

    [Fact]
    public void Untitled_paragraphs_keep_their_first_paragraph_as_text()
    {
        var draft = Extract(Body + "\n\n" + Second, "ferry.md", markdown: true);

        Assert.Equal("Ferry", draft.Title);
        Assert.Equal([Body, Second], draft.Paragraphs);
    }

    [Fact]
    public void A_by_line_and_a_date_line_under_the_title_give_the_author_and_date()
    {
        var draft = Extract($"Ferries are infrastructure\nBy Ana Ruiz and Tom Hale | 12 May 2024\n\n{Body}");

        Assert.Equal("Ferries are infrastructure", draft.Title);
        Assert.Equal(["Ana Ruiz", "Tom Hale"], draft.Authors);
        Assert.Equal(new DateTimeOffset(2024, 5, 12, 0, 0, 0, TimeSpan.Zero), draft.PublishedAt);
        Assert.Equal([Body], draft.Paragraphs);
    }

    [Fact]
    public void A_sentence_that_starts_with_by_is_not_a_byline()
    {
        var draft = Extract($"By contrast, the mainland towns kept their ferries all winter.\n\n{Body}");

        Assert.Empty(draft.Authors);
        Assert.Equal(["By contrast, the mainland towns kept their ferries all winter.", Body], draft.Paragraphs);
    }

    [Fact]
    public void A_closing_author_bio_gives_the_author_and_leaves_the_text()
    {
        var draft = Extract($"Ferries are infrastructure\n\n{Body}\n\n{Second}\n\nDr. Ines Okafor is an associate professor of economic geography at the Coastal Institute.");

        Assert.Equal(["Ines Okafor"], draft.Authors);
        Assert.Equal([Body, Second], draft.Paragraphs);
    }

    [Theory]
    [InlineData("Categorized | Politics")]                       // category
    [InlineData("Tags: ferries, islands, budgets")]              // tags
    [InlineData("Home > Opinion > Islands")]                     // breadcrumb
    [InlineData("Share this:")]                                  // share
    [InlineData("Facebook Twitter Email")]                       // share row
    [InlineData("Print Friendly, PDF & Email")]                  // print
    [InlineData("Email this article")]                           // email
    [InlineData("Photo: The winter ferry at the quay (Island Press)")] // photo credit
    public void A_chrome_line_anywhere_is_dropped(string chrome)
    {
        var draft = Extract($"Ferries are infrastructure\n\n{chrome}\n\n{Body}\n\n{chrome}\n\n{Second}\n\n{chrome}");

        Assert.Equal("Ferries are infrastructure", draft.Title);
        Assert.Equal([Body, Second], draft.Paragraphs);
    }

    [Theory]
    [InlineData("Leave a Reply\n\nYour email address will not be published.\n\nGreat article, thanks!")]
    [InlineData("3 Comments\n\nMira says:\nI disagree with all of this.")]
    [InlineData("About The Island Review\n\nThe Island Review blog is a project of the Coastal Institute.")]
    [InlineData("The Island Review blog is a project of the Coastal Institute, publishing since 2019.")]
    [InlineData("About the author\n\nTom Hale writes about islands for the review.")]
    [InlineData("Related posts\nWhy the ferry fare doubled\nThe island school that closed\nA harbour in winter")]
    public void Closing_sections_of_a_page_are_not_the_article(string tail)
    {
        var draft = Extract($"Ferries are infrastructure\n\n{Body}\n\n{Second}\n\n{tail}");

        Assert.Equal([Body, Second], draft.Paragraphs);
    }

    [Fact]
    public void A_source_introduced_mid_article_is_not_taken_for_the_authors_bio()
    {
        const string quoted = "Ines Okafor is an associate professor at the Coastal Institute who has studied the route for a decade.";

        var draft = Extract($"Ferries are infrastructure\n\n{Body}\n\n{quoted}\n\n{Second}\n\nThe vote is due in March.\n\nUntil then the boat stays in the harbour.");

        Assert.Empty(draft.Authors);
        Assert.Contains(quoted, draft.Paragraphs);
    }

    [Fact]
    public void A_long_title_with_a_by_line_under_it_is_still_the_title()
    {
        const string title = "The winter ferry debate: can a small island keep a year-round boat without a subsidy from the mainland? (a reply)";

        var draft = Extract($"{title}\n\nBy Tom Hale\nJanuary 9, 2025\n\n{Body}");

        Assert.Equal(title, draft.Title);
        Assert.Equal(["Tom Hale"], draft.Authors);
        Assert.Equal(new DateTimeOffset(2025, 1, 9, 0, 0, 0, TimeSpan.Zero), draft.PublishedAt);
        Assert.Equal([Body], draft.Paragraphs);
    }

    [Fact]
    public void A_one_paragraph_post_followed_by_a_bio_and_a_related_list_keeps_only_the_post()
    {
        var draft = Extract($"Ferries are infrastructure\n\n{Body}\n\nTom Hale is a senior fellow at the Coastal Institute.\n\nRelated posts\nWhy the ferry fare doubled\nThe island school that closed");

        Assert.Equal(["Tom Hale"], draft.Authors);
        Assert.Equal([Body], draft.Paragraphs);
    }

    [Fact]
    public void A_share_widget_copied_glued_into_a_sentence_is_cut_out_of_it()
    {
        var draft = Extract($"Ferries are infrastructure\n\nShare this withEmailFacebookMessengerTwitterWhatsAppCopy this linkThe council met on Monday.\n\n{Body}");

        Assert.Equal(["The council met on Monday.", Body], draft.Paragraphs);
    }

    [Fact]
    public void Only_furniture_is_no_readable_text_in_one_line()
    {
        var error = Assert.Throws<IngestionException>(() => Extract("Share this:\n\nPrint Friendly, PDF & Email\n\nLeave a Reply"));

        Assert.Equal("notes.txt: no readable text (nothing but page furniture)", error.Message);
    }
}
