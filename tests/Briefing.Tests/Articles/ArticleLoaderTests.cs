using Briefing.Articles;

namespace Briefing.Tests.Articles;

/// <summary>Loading sources into drafts without storing: URLs over a loopback site and local files.</summary>
public sealed class ArticleLoaderTests : IAsyncLifetime
{
    private LoopbackServer site = null!;
    private string folder = null!;

    public async Task InitializeAsync()
    {
        site = await LoopbackServer.StartAsync();
        folder = Directory.CreateTempSubdirectory("briefing-loader-").FullName;
    }

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private static ArticleLoader Loader(IDictionary<string, string?>? settings = null) =>
        IngestionTestServices.Build(allowPrivateNetworks: true, settings).GetRequiredService<ArticleLoader>();

    private static string Fixture(string folderName, string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", folderName, name));

    [Fact]
    public async Task An_html_url_becomes_an_article_at_its_final_url()
    {
        site.MapRedirect("/short", "/2025/water-pipes");
        site.MapContent("/2025/water-pipes", "text/html; charset=utf-8", Fixture("Articles", "saved-blog-page.html"));

        var loaded = await Loader().LoadUrlAsync(site.Url("/short"), "url", CancellationToken.None);

        Assert.Null(loaded.Feed);
        Assert.Equal("Why Small Towns Keep Losing the Water Pipe Lottery", loaded.Article!.Title);
        Assert.Equal(site.Url("/2025/water-pipes").AbsoluteUri, loaded.Article.Url);
        Assert.Equal("url", loaded.Article.Origin);
    }

    [Theory]
    [InlineData("application/rss+xml", "rss.xml", "Harbour Policy Notes")]
    [InlineData("application/atom+xml", "atom.xml", "Transit Ledger")]
    [InlineData("text/xml", "rss.xml", "Harbour Policy Notes")]
    public async Task A_feed_url_is_recognised_by_its_content(string contentType, string fixture, string title)
    {
        site.MapContent("/feed", contentType, Fixture("Feeds", fixture));

        var loaded = await Loader().LoadUrlAsync(site.Url("/feed"), "url", CancellationToken.None);

        Assert.Null(loaded.Article);
        Assert.Equal(title, loaded.Feed!.Title);
    }

    [Fact]
    public async Task Generic_xml_that_is_no_feed_is_an_unparsable_feed()
    {
        site.MapContent("/data.xml", "application/xml", "<catalog><book>x</book></catalog>");

        var error = await Assert.ThrowsAsync<IngestionException>(() => Loader().LoadUrlAsync(site.Url("/data.xml"), "url", CancellationToken.None));

        Assert.Equal(IngestionFailure.UnparsableFeed, error.Reason);
    }

    [Fact]
    public async Task A_markdown_url_is_read_as_text()
    {
        site.MapContent("/notes.md", "text/markdown", "# Tidal power, briefly\n\nThe **barrage** question keeps coming back.");

        var loaded = await Loader().LoadUrlAsync(site.Url("/notes.md"), "url", CancellationToken.None);

        Assert.Equal("Tidal power, briefly", loaded.Article!.Title);
        Assert.Equal(["The barrage question keeps coming back."], loaded.Article.Paragraphs);
    }

    [Fact]
    public async Task Files_are_read_by_extension_with_a_file_url()
    {
        var path = Path.Combine(folder, "dredging.txt");
        await File.WriteAllTextAsync(path, "Dredging, again\n\nThe channel silts up faster than the budget grows.");

        var draft = await Loader().LoadFileAsync(path, CancellationToken.None);

        Assert.Equal("Dredging, again", draft.Title);
        Assert.Equal(new Uri(path).AbsoluteUri, draft.Url);
        Assert.Equal("file", draft.Origin);
    }

    [Fact]
    public async Task A_missing_file_is_not_found()
    {
        var path = Path.Combine(folder, "nope.md");

        var error = await Assert.ThrowsAsync<IngestionException>(() => Loader().LoadFileAsync(path, CancellationToken.None));

        Assert.Equal(IngestionFailure.NotFound, error.Reason);
        Assert.Equal($"{path}: not found (no such file or folder)", error.Message);
    }

    [Fact]
    public async Task An_unsupported_file_type_is_refused()
    {
        var path = Path.Combine(folder, "report.pdf");
        await File.WriteAllBytesAsync(path, [0x25, 0x50, 0x44, 0x46]);

        var error = await Assert.ThrowsAsync<IngestionException>(() => Loader().LoadFileAsync(path, CancellationToken.None));

        Assert.Equal(IngestionFailure.InvalidSource, error.Reason);
        Assert.Equal($"{path}: unsupported file type '.pdf' (expected .txt, .md or .html)", error.Message);
    }

    [Fact]
    public async Task A_file_over_the_size_cap_is_too_large()
    {
        var path = Path.Combine(folder, "huge.txt");
        await File.WriteAllTextAsync(path, "Title\n\n" + new string('z', 4096));

        var error = await Assert.ThrowsAsync<IngestionException>(() =>
            Loader(new Dictionary<string, string?> { ["Ingestion:MaxResponseBytes"] = "2048" }).LoadFileAsync(path, CancellationToken.None));

        Assert.Equal(IngestionFailure.TooLarge, error.Reason);
        Assert.StartsWith($"{path}: too large", error.Message, StringComparison.Ordinal);
    }
}
