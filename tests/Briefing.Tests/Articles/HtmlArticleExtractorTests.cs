using Briefing.Articles;
using Briefing.Articles.Extraction;

namespace Briefing.Tests.Articles;

public sealed class HtmlArticleExtractorTests
{
    private static readonly Uri PageUrl = new("https://civic-ledger.example/2025/03/water-pipe-lottery");

    private static ArticleDraft ExtractSavedBlogPage() =>
        new HtmlArticleExtractor().Extract(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Articles", "saved-blog-page.html")),
            PageUrl, "saved-blog-page.html", "file");

    [Fact]
    public void Keeps_the_article_metadata()
    {
        var draft = ExtractSavedBlogPage();

        Assert.Equal("Why Small Towns Keep Losing the Water Pipe Lottery", draft.Title);
        Assert.Equal(["Maren Oduya"], draft.Authors);
        Assert.Equal("Civic Ledger", draft.SiteName);
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 8, 30, 0, TimeSpan.Zero), draft.PublishedAt);
        Assert.Equal("en-GB", draft.Language);
        Assert.Equal(PageUrl.AbsoluteUri, draft.Url);
        Assert.Equal("file", draft.Origin);
    }

    [Fact]
    public void Keeps_every_article_paragraph_in_order()
    {
        var paragraphs = ExtractSavedBlogPage().Paragraphs;

        string[] expectedStarts =
        [
            "Every spring, hundreds of small towns",
            "The thesis of this piece is simple.",
            "The capacity gap",
            "Consider two towns of similar size",
            "State officials we spoke with",
            "We are grading the homework",
            "What the defenders say",
            "Supporters of competitive grants",
            "Yet the assistance programmes",
            "Set aside a fixed share",
            "Score need first",
            "Pay for the engineering study",
            "None of these changes costs more money.",
        ];
        Assert.Equal(expectedStarts.Length, paragraphs.Count);
        for (var i = 0; i < expectedStarts.Length; i++)
        {
            Assert.StartsWith(expectedStarts[i], paragraphs[i], StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("cookie")]
    [InlineData("Skip to content")]
    [InlineData("Infrastructure")]          // navigation and "Posted in"
    [InlineData("Share this")]
    [InlineData("Share on Twitter")]
    [InlineData("Print Friendly")]
    [InlineData("Leave a Reply")]
    [InlineData("Your email address")]
    [InlineData("Recent Posts")]             // sidebar
    [InlineData("newsletter")]
    [InlineData("county budget analyst")]    // author bio
    [InlineData("About the author")]
    [InlineData("Previous post")]
    [InlineData("Copyright")]
    public void Drops_page_chrome(string chrome)
    {
        var text = string.Join("\n", ExtractSavedBlogPage().Paragraphs);

        Assert.DoesNotContain(chrome, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_div_based_page_keeps_its_br_separated_paragraphs_and_json_ld_metadata_only()
    {
        var draft = new HtmlArticleExtractor().Extract(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Articles", "div-soup-page.html")),
            new Uri("https://riverside-gazette.example/news/bus-depot"), "div-soup-page.html", "url");

        Assert.Equal("Council Delays Bus Depot Vote Again", draft.Title);
        Assert.Equal(["Dev Patel", "Rosa Klein"], draft.Authors);
        Assert.Equal("Riverside Gazette", draft.SiteName);
        Assert.Equal(new DateTimeOffset(2024, 10, 8, 17, 5, 0, TimeSpan.Zero), draft.PublishedAt);
        Assert.Equal(4, draft.Paragraphs.Count);
        Assert.StartsWith("The council postponed its decision", draft.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("The item returns to the committee", draft.Paragraphs[3], StringComparison.Ordinal);
        var text = string.Join("\n", draft.Paragraphs);
        foreach (var chrome in new[] { "WhatsApp", "Related stories", "Most read", "cookies", "Mill Lane", "Log in" })
        {
            Assert.DoesNotContain(chrome, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_page_without_text_is_no_readable_text()
    {
        var error = Assert.Throws<IngestionException>(() => new HtmlArticleExtractor().Extract(
            "<html><head><title>Empty</title></head><body><nav><a href='/'>Home</a></nav><div class='share'>Share</div></body></html>",
            PageUrl, "https://civic-ledger.example/empty", "url"));

        Assert.Equal(IngestionFailure.NoReadableText, error.Reason);
        Assert.Equal("https://civic-ledger.example/empty: no readable text in the page", error.Message);
    }

    [Theory]
    [InlineData("By Ana Ruiz and Tom Hale", new[] { "Ana Ruiz", "Tom Hale" })]
    [InlineData("Written by Ana Ruiz, Tom Hale & Li Wen", new[] { "Ana Ruiz", "Tom Hale", "Li Wen" })]
    [InlineData("  ", new string[0])]
    public void Splits_bylines_into_authors(string byline, string[] expected)
    {
        Assert.Equal(expected, HtmlArticleExtractor.SplitAuthors(byline));
    }
}
