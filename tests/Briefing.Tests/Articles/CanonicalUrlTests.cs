using Briefing.Articles;

namespace Briefing.Tests.Articles;

public sealed class CanonicalUrlTests
{
    [Theory]
    [InlineData("HTTPS://Example.ORG/Path/To/Page", "https://example.org/Path/To/Page")]
    [InlineData("https://example.org/a/b/", "https://example.org/a/b")]
    [InlineData("https://example.org/", "https://example.org/")]
    [InlineData("https://example.org", "https://example.org/")]
    [InlineData("https://example.org:443/a", "https://example.org/a")]
    [InlineData("http://example.org:80/a", "http://example.org/a")]
    [InlineData("http://example.org:8080/a", "http://example.org:8080/a")]
    [InlineData("https://example.org/a#section-2", "https://example.org/a")]
    [InlineData("https://example.org/a?utm_source=x&utm_Medium=y&UTM_campaign=z", "https://example.org/a")]
    [InlineData("https://example.org/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ref=5&ref_src=6", "https://example.org/a")]
    [InlineData("https://example.org/a?page=2&id=7&utm_term=q", "https://example.org/a?id=7&page=2")]
    [InlineData("https://example.org/search?q=a%20b&lang=en", "https://example.org/search?lang=en&q=a%20b")]
    [InlineData("  https://example.org/a  ", "https://example.org/a")]
    [InlineData("not a url", "not a url")]
    public void Normalizes_to_one_spelling(string input, string expected)
    {
        Assert.Equal(expected, CanonicalUrl.Normalize(input));
    }

    [Fact]
    public void Keeps_parameters_that_only_look_like_tracking()
    {
        Assert.Equal("https://example.org/a?reference=9&utmost=1", CanonicalUrl.Normalize("https://example.org/a?utmost=1&reference=9"));
    }

    [Fact]
    public void File_uris_keep_their_path()
    {
        Assert.Equal("file:///data/notes/essay.md", CanonicalUrl.Normalize("file:///data/notes/essay.md"));
    }
}
