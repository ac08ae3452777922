using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Articles.Extraction;

namespace Briefing.Tests.Articles;

public sealed class ParagraphSplitterTests
{
    [Fact]
    public void A_page_nested_a_hundred_thousand_levels_deep_is_split_without_overflowing_the_stack()
    {
        const int depth = 100_000;
        // Built bottom-up through the DOM: parsing markup this deep takes AngleSharp's tree builder minutes (its scope
        // checks walk the open-element stack), and the splitter is what is under test here.
        var document = new HtmlParser().ParseDocument("<html><body><p>The opening paragraph sits at the top.</p></body></html>");
        INode inner = document.CreateElement("p");
        inner.TextContent = "The closing paragraph sits at the very bottom.";
        for (var level = depth - 1; level >= 0; level--)
        {
            var div = document.CreateElement("div");
            if (level == depth / 2)
            {
                div.AppendChild(document.CreateTextNode("Loose text halfway down the nesting."));
            }

            div.AppendChild(inner);
            inner = div;
        }

        document.Body!.AppendChild(inner);

        // Run on a thread with a deliberately small stack: one frame per level would overflow it long before the bottom.
        List<string>? paragraphs = null;
        var worker = new Thread(() => paragraphs = ParagraphSplitter.Split(document.Body!), maxStackSize: 256 * 1024);
        worker.Start();
        worker.Join();

        Assert.Equal(
            ["The opening paragraph sits at the top.", "Loose text halfway down the nesting.", "The closing paragraph sits at the very bottom."],
            paragraphs);
    }

    [Fact]
    public void Loose_text_between_blocks_keeps_its_place_in_reading_order()
    {
        var document = new HtmlParser().ParseDocument(
            "<div>First loose run <b>with bold</b><p>A paragraph.</p>Second loose run<div><p>Inner paragraph.</p>Inner loose</div>Tail</div>");

        var paragraphs = ParagraphSplitter.Split(document.Body!);

        Assert.Equal(["First loose run with bold", "A paragraph.", "Second loose run", "Inner paragraph.", "Inner loose", "Tail"], paragraphs);
    }
}
