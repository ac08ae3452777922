using System.Text;
using Briefing.Articles;
using Briefing.Articles.Syndication;
using Briefing.Feeds;

namespace Briefing.Tests.Feeds;

public sealed class FeedParserTests
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Feeds", name));

    [Fact]
    public void Reads_rss_2_items_with_full_content_authors_and_dates()
    {
        var feed = new FeedParser().Parse(Fixture("rss.xml"), new Uri("https://harbour-notes.example/feed"), "rss");

        Assert.Equal("Harbour Policy Notes", feed.Title);
        Assert.Equal(3, feed.Items.Count);
        var first = feed.Items[0];
        Assert.Equal("The dredging bill nobody reads", first.Title);
        Assert.Equal(new Uri("https://harbour-notes.example/dredging-bill"), first.Link);
        Assert.Equal(["Ines Valk"], first.Authors);
        Assert.Equal(new DateTimeOffset(2025, 2, 3, 9, 15, 0, TimeSpan.Zero), first.PublishedAt);
        // content:encoded (the full text) wins over the teaser in <description>.
        Assert.Contains("the old disposal site is full", first.ContentHtml, StringComparison.Ordinal);
        Assert.Equal(["Joe Brandt"], feed.Items[1].Authors);
        Assert.StartsWith("Why the last sailing", feed.Items[1].ContentHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_with_an_unreadable_date_does_not_break_the_feed()
    {
        var feed = new FeedParser().Parse(Fixture("rss.xml"), new Uri("https://harbour-notes.example/feed"), "rss");

        var pilot = feed.Items[2];
        Assert.Equal("Pilot boats and the night shift", pilot.Title);
        Assert.Null(pilot.PublishedAt);
    }

    [Fact]
    public void Reads_atom_entries_and_resolves_relative_links()
    {
        var feed = new FeedParser().Parse(Fixture("atom.xml"), new Uri("https://transit-ledger.example/atom.xml"), "atom");

        Assert.Equal("Transit Ledger", feed.Title);
        Assert.Equal(2, feed.Items.Count);
        var first = feed.Items[0];
        Assert.Equal("Why slower trains can win", first.Title);
        Assert.Equal(new Uri("https://transit-ledger.example/slower-trains"), first.Link);
        Assert.Equal(["Li Wen"], first.Authors);
        Assert.Equal(new DateTimeOffset(2025, 3, 30, 5, 45, 0, TimeSpan.Zero), first.PublishedAt);
        Assert.StartsWith("<p>Most riders do not ask", first.ContentHtml, StringComparison.Ordinal);
        Assert.Equal(new Uri("https://transit-ledger.example/bus-lanes"), feed.Items[1].Link);
        Assert.Equal("Enforcement, not paint, decides whether a bus lane works.", feed.Items[1].ContentHtml);
    }

    [Theory]
    [InlineData("<html><body>not a feed</body></html>", "root element <html> is neither RSS 2.0 nor Atom")]
    [InlineData("<rss version=\"2.0\"><channel><title>cut off", "unparsable feed (")]
    [InlineData("this is not xml at all", "unparsable feed (")]
    public void A_document_that_is_not_a_feed_is_unparsable(string body, string expected)
    {
        var error = Assert.Throws<IngestionException>(() =>
            new FeedParser().Parse(Encoding.UTF8.GetBytes(body), new Uri("https://example.org/feed"), "https://example.org/feed"));

        Assert.Equal(IngestionFailure.UnparsableFeed, error.Reason);
        Assert.StartsWith("https://example.org/feed: unparsable feed", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_with_a_malformed_link_does_not_break_the_feed()
    {
        const string rss = """
            <rss version="2.0"><channel><title>Mixed</title>
            <item><title>Broken</title><link>http://[not-a-host</link><description>x</description></item>
            <item><title>Fine</title><link>https://example.org/fine</link><description>y</description></item>
            </channel></rss>
            """;

        var feed = new FeedParser().Parse(Encoding.UTF8.GetBytes(rss), new Uri("https://example.org/feed"), "feed");

        Assert.Equal(["Broken", "Fine"], feed.Items.Select(i => i.Title));
        Assert.Null(feed.Items[0].Link);
        Assert.Equal(new Uri("https://example.org/fine"), feed.Items[1].Link);
    }

    [Fact]
    public void A_doctype_with_an_external_entity_is_not_resolved()
    {
        const string hostile = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
            <rss version="2.0"><channel><title>t</title><item><title>&secret;</title><link>https://example.org/a</link></item></channel></rss>
            """;

        // The DTD is ignored, so the entity stays undeclared and the document is refused instead of reading the file.
        var error = Assert.Throws<IngestionException>(() => new FeedParser().Parse(Encoding.UTF8.GetBytes(hostile), new Uri("https://example.org/feed"), "feed"));

        Assert.Equal(IngestionFailure.UnparsableFeed, error.Reason);
    }
}
