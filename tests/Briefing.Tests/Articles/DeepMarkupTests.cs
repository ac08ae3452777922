using System.Text;
using Briefing.Articles;
using Briefing.Articles.Extraction;

namespace Briefing.Tests.Articles;

/// <summary>
/// Readability recurses through the page, and a page nested thousands of levels deep overflowed the stack and
/// killed the process (found with a probe at 2,000 levels); such pages are refused in one line before it runs.
/// </summary>
public sealed class DeepMarkupTests
{
    [Fact]
    public void A_page_nested_five_thousand_levels_deep_is_refused_in_one_line_instead_of_crashing()
    {
        var html = new StringBuilder("<html><body><article><p>The opening paragraph is long enough to count as text for the reader.</p>");
        html.Insert(html.Length, "<div>", 5_000);
        html.Append("<p>The closing paragraph sits at the very bottom.</p>");
        html.Insert(html.Length, "</div>", 5_000);
        html.Append("</article></body></html>");

        var error = Assert.Throws<IngestionException>(() =>
            new HtmlArticleExtractor().Extract(html.ToString(), new Uri("https://deep.example/page"), "https://deep.example/page", "url"));

        Assert.Equal(IngestionFailure.NoReadableText, error.Reason);
        Assert.Equal("https://deep.example/page: no readable text (the page's markup nests more than 500 levels deep)", error.Message);
    }

    [Fact]
    public void Depth_is_measured_without_recursion_on_a_hundred_thousand_levels()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<html><body></body></html>");
        AngleSharp.Dom.IElement inner = document.CreateElement("div");
        for (var level = 0; level < 100_000; level++)
        {
            var outer = document.CreateElement("div");
            outer.AppendChild(inner);
            inner = outer;
        }

        document.Body!.AppendChild(inner);

        Assert.True(MarkupDepth.Exceeds(document.DocumentElement, MarkupDepth.Limit));
        Assert.False(MarkupDepth.Exceeds(document.DocumentElement, 100_010));
    }

    [Fact]
    public void A_page_nested_a_hundred_thousand_levels_deep_is_refused_from_its_raw_markup_before_parsing()
    {
        var html = new StringBuilder("<html><body><p>Opening words of a hostile page.</p>");
        html.Insert(html.Length, "<div>", 100_000);
        html.Append("<p>Bottom.</p>");
        html.Insert(html.Length, "</div>", 100_000);
        html.Append("</body></html>");
        var page = html.ToString();

        Assert.Equal(100_000, MarkupNestingEstimate.Of(page));
        var fromText = Assert.Throws<IngestionException>(() =>
            new HtmlArticleExtractor().Extract(page, new Uri("https://deep.example/page"), "https://deep.example/page", "url"));
        var fromBytes = Assert.Throws<IngestionException>(() =>
            new HtmlArticleExtractor().Extract(Encoding.UTF8.GetBytes(page), new Uri("https://deep.example/page"), "https://deep.example/page", "url"));

        Assert.Equal("https://deep.example/page: no readable text (the page's markup nests more than 500 levels deep)", fromText.Message);
        Assert.Equal(fromText.Message, fromBytes.Message);
    }

    [Fact]
    public void Unclosed_paragraphs_list_items_and_void_tags_do_not_count_as_nesting()
    {
        var html = new StringBuilder("<html><head><meta charset=utf-8><link rel=stylesheet href=a.css></head><body><article><div class=\"x\">");
        for (var item = 0; item < 3_000; item++)
        {
            html.Append("<p>Point <b>").Append(item).Append("</b><br><img src=a.png /><ul><li>one<li>two</ul>");
        }

        html.Append("</div></article></body></html>");

        Assert.Equal(3, MarkupNestingEstimate.Of(html.ToString()));
        Assert.Equal(3, MarkupNestingEstimate.Of(Encoding.UTF8.GetBytes(html.ToString())));
    }
}
