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
}
