using Briefing.Articles.Extraction;

namespace Briefing.Tests.Articles;

/// <summary>News pages put links to other stories between paragraphs; the stored body keeps only the story.</summary>
public sealed class InlineLinkLineTests
{
    // An invented news page in the shape such pages have: links as their own paragraphs, bold labels, upper case.
    private const string NewsPage = """
        <!DOCTYPE html><html lang="en"><head><title>Tram depot plan clears its last vote | Lakeside Courier</title>
        <meta name="author" content="Priya Natarajan"></head><body>
        <article><h1>Tram depot plan clears its last vote</h1>
        <p>The city council approved the northern tram depot on Thursday by eleven votes to four, ending a two-year dispute over the site.</p>
        <p><strong>Related:</strong> <a href="/a">Residents ask for a noise study before depot vote</a></p>
        <p>The depot will hold forty trams and replace the ageing yard by the river, which floods most winters.</p>
        <p>READ MORE: <a href="/b">How the river yard flooded three years running</a></p>
        <p>Opponents said the new site sits too close to the primary school and asked for night work to be banned.</p>
        <p><em>See also: <a href="/c">Tram fares to rise by five percent in April</a></em></p>
        <p>The transport director said night work would be limited to two weeks a year and monitored by an independent engineer.</p>
        <p>Related stories: <a href="/d">Council budget passes</a> · <a href="/e">New bus lanes</a></p>
        <p>Construction is due to start in the autumn and finish within three years.</p>
        </article></body></html>
        """;

    [Fact]
    public void Related_read_more_and_see_also_lines_are_not_stored_with_the_story()
    {
        var draft = new HtmlArticleExtractor().Extract(NewsPage, new Uri("https://lakeside-courier.example/news/tram-depot"), "tram-depot", "url");

        Assert.Equal(
            [
                "The city council approved the northern tram depot on Thursday by eleven votes to four, ending a two-year dispute over the site.",
                "The depot will hold forty trams and replace the ageing yard by the river, which floods most winters.",
                "Opponents said the new site sits too close to the primary school and asked for night work to be banned.",
                "The transport director said night work would be limited to two weeks a year and monitored by an independent engineer.",
                "Construction is due to start in the autumn and finish within three years.",
            ],
            draft.Paragraphs);
    }

    [Theory]
    [InlineData("Related: Residents ask for a noise study")]
    [InlineData("READ MORE: How the river yard flooded")]
    [InlineData("See also: Tram fares to rise in April")]
    [InlineData("Also read: Budget passes")]
    public void An_inline_link_line_is_chrome(string line)
    {
        Assert.True(ChromeLines.IsChrome(line));
    }

    [Theory]
    [InlineData("Related reforms in Denmark cut waiting times by a third, according to the ministry.")]
    [InlineData("See the appendix for the full list of stations.")]
    [InlineData("Read more widely, the report says something else: that fares matter less than frequency.")]
    public void A_sentence_that_starts_with_the_same_words_is_kept(string line)
    {
        Assert.False(ChromeLines.IsChrome(line));
    }
}
