using Briefing.Articles.Extraction;

namespace Briefing.Tests.Articles;

/// <summary>
/// A page whose theme puts its closing matter inside the article element, where Readability keeps it: the same
/// rules as for copied text drop it (an invented page).
/// </summary>
public sealed class HtmlClosingSectionsTests
{
    private const string Page = """
        <!DOCTYPE html><html lang="en"><head><title>Library hours should follow visits, not loans</title></head><body>
        <article><h1>Library hours should follow visits, not loans</h1>
        <p class="cats">Categorized | Local Government</p>
        <p>Most towns judge a library by its loans, and loans have fallen for a decade across the county.</p>
        <p>But the library is now the only warm public room many people can use without paying, and visits have risen even as loans fell.</p>
        <p>Cutting opening hours because loans fell therefore removes the service people use most. The council should count visits, not loans.</p>
        <p>Rosa Lindqvist is a research fellow at the Town Services Institute.</p>
        <p><small>Photo by Aino Berg / Town Press</small></p>
        <p>Print Friendly, PDF &amp; Email</p>
        <h3>Related posts</h3>
        <p><a href="/1">Why the bus station clock stopped</a></p>
        <p><a href="/2">Parks and the winter budget</a></p>
        <h3>2 Comments</h3>
        <p>Kai says: I visit every day, this is right.</p>
        <h3>About The Civic Desk</h3>
        <p>The Civic Desk blog is a project of the Town Services Institute.</p>
        </article></body></html>
        """;

    [Fact]
    public void Categories_bios_credits_related_links_comments_and_about_sections_leave_the_stored_body()
    {
        var draft = new HtmlArticleExtractor().Extract(Page, new Uri("https://civic-desk.example/library-hours"), "library-hours", "url");

        Assert.Equal(3, draft.Paragraphs.Count);
        Assert.StartsWith("Most towns judge a library", draft.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Cutting opening hours", draft.Paragraphs[2], StringComparison.Ordinal);
        Assert.Equal(["Rosa Lindqvist"], draft.Authors);
    }
}
