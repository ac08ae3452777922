using Briefing.Articles.Extraction;

namespace Briefing.Tests.Articles;

/// <summary>
/// A page with numbered notes: superscript marks in the text, a pull quote set out in a blockquote, and the notes as
/// an ordered list under their heading (an invented page).
/// </summary>
public sealed class HtmlNotesTests
{
    private const string Page = """
        <!DOCTYPE html><html lang="en"><head><title>Rent caps are the wrong fix</title></head><body>
        <article><h1>Rent caps are the wrong fix</h1>
        <p>The council voted on Thursday to cap annual rent rises at three percent, and tenant groups hailed the vote.</p>
        <p>A cap freezes the housing we have and does nothing to add the housing we lack.<sup>1</sup></p>
        <blockquote class="pull">A cap freezes the housing we have and does nothing to add the housing we lack.</blockquote>
        <p>Every city that capped rents saw new building fall within three years.<sup>[2]</sup> A square flat of 10<sup>2</sup> feet is no home.</p>
        <p>The council should drop the cap and clear the 4,000 permits stuck in its own queue.</p>
        <h3>Notes</h3>
        <ol><li>Council minutes, 11 September 2026.</li><li>Regional housing survey, 2025.</li></ol>
        </article></body></html>
        """;

    [Fact]
    public void Note_marks_the_pull_quote_and_the_notes_leave_the_stored_body_and_an_exponent_stays()
    {
        var draft = new HtmlArticleExtractor().Extract(Page, new Uri("https://city-desk.example/rent-caps"), "rent-caps", "url");

        Assert.Equal(
            [
                "The council voted on Thursday to cap annual rent rises at three percent, and tenant groups hailed the vote.",
                "A cap freezes the housing we have and does nothing to add the housing we lack.",
                "Every city that capped rents saw new building fall within three years. A square flat of 102 feet is no home.",
                "The council should drop the cap and clear the 4,000 permits stuck in its own queue.",
            ],
            draft.Paragraphs);
    }
}
