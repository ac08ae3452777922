using Briefing.Articles;
using Briefing.Articles.Extraction;

namespace Briefing.Tests.Articles;

public sealed class TextArticleExtractorTests
{
    private static readonly Uri FileUrl = new("file:///notes/article.md");

    private static ArticleDraft Extract(string text, bool markdown) =>
        new TextArticleExtractor().Extract(text, markdown, FileUrl, "article", "file");

    [Fact]
    public void Plain_text_first_line_is_the_title_and_blank_lines_separate_paragraphs()
    {
        var draft = Extract("\n\nHarbour dredging, explained\nThe port wants a deeper channel\nbefore the new cranes arrive.\n\n\nCritics say the silt has nowhere to go.\n", markdown: false);

        Assert.Equal("Harbour dredging, explained", draft.Title);
        Assert.Equal(["The port wants a deeper channel before the new cranes arrive.", "Critics say the silt has nowhere to go."], draft.Paragraphs);
        Assert.Equal("file:///notes/article.md", draft.Url);
    }

    [Fact]
    public void Plain_text_keeps_characters_that_look_like_markdown()
    {
        var draft = Extract("Budget *notes*\n\nRevenue rose 3 * 4 = 12 percent_points, or so the memo [draft] says.", markdown: false);

        Assert.Equal("Budget *notes*", draft.Title);
        Assert.Equal(["Revenue rose 3 * 4 = 12 percent_points, or so the memo [draft] says."], draft.Paragraphs);
    }

    [Fact]
    public void Markdown_markup_is_reduced_to_text()
    {
        const string markdown = """
            # The *quiet* case for slower trains

            High-speed rail gets the headlines, but **most riders** care about [reliability](https://example.org/r).

            ![a train](train.png)

            > A train that always arrives is faster than one that sometimes flies.

            - Fix the signals first
            - Then buy rolling stock with `standard` parts

            ---

            1. Measure delay minutes
            2. Publish them weekly
            """;

        var draft = Extract(markdown, markdown: true);

        Assert.Equal("The quiet case for slower trains", draft.Title);
        Assert.Equal(
            [
                "High-speed rail gets the headlines, but most riders care about reliability.",
                "A train that always arrives is faster than one that sometimes flies.",
                "Fix the signals first",
                "Then buy rolling stock with standard parts",
                "Measure delay minutes",
                "Publish them weekly",
            ],
            draft.Paragraphs);
    }

    [Fact]
    public void Front_matter_overrides_the_first_line_and_supplies_metadata()
    {
        const string markdown = """
            ---
            title: "Ferries Are Infrastructure Too"
            authors: [Ines Valk, Joe Brandt]
            date: 2024-11-02
            lang: nl
            site: Harbour Notes
            ---
            Island towns depend on a boat that the budget treats as a luxury.

            When the ferry stops, the clinic closes.
            """;

        var draft = Extract(markdown, markdown: true);

        Assert.Equal("Ferries Are Infrastructure Too", draft.Title);
        Assert.Equal(["Ines Valk", "Joe Brandt"], draft.Authors);
        Assert.Equal(new DateTimeOffset(2024, 11, 2, 0, 0, 0, TimeSpan.Zero), draft.PublishedAt);
        Assert.Equal("nl", draft.Language);
        Assert.Equal("Harbour Notes", draft.SiteName);
        Assert.Equal(["Island towns depend on a boat that the budget treats as a luxury.", "When the ferry stops, the clinic closes."], draft.Paragraphs);
    }

    [Theory]
    [InlineData("url: https://ferries.example.org/infrastructure", "https://ferries.example.org/infrastructure")]
    [InlineData("canonical: https://ferries.example.org/infrastructure", "https://ferries.example.org/infrastructure")]
    [InlineData("url: javascript:alert(1)", "file:///notes/article.md")]
    [InlineData("url: ferries/infrastructure", "file:///notes/article.md")]
    public void A_local_files_front_matter_url_is_its_web_address_when_it_is_http(string line, string expected)
    {
        var draft = Extract($"---\ntitle: Ferries\n{line}\n---\nIsland towns depend on a boat.\n", markdown: true);

        Assert.Equal(expected, draft.Url);
    }

    [Fact]
    public void A_fetched_pages_front_matter_url_is_ignored_so_it_cannot_claim_another_article()
    {
        var fetched = new Uri("https://notes.example.net/ferries.md");

        var draft = new TextArticleExtractor().Extract("---\ntitle: Ferries\nurl: https://news.example.org/other\n---\nIsland towns depend on a boat.\n", true, fetched, "ferries", "url");

        Assert.Equal("https://notes.example.net/ferries.md", draft.Url);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("Only a title line")]
    public void Text_without_a_body_is_no_readable_text(string text)
    {
        var error = Assert.Throws<IngestionException>(() => Extract(text, markdown: false));

        Assert.Equal(IngestionFailure.NoReadableText, error.Reason);
        Assert.StartsWith("article: no readable text", error.Message, StringComparison.Ordinal);
    }
}
