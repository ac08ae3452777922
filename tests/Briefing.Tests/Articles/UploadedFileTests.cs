using Briefing.Articles;

namespace Briefing.Tests.Articles;

/// <summary>
/// Files handed over at a URL (chat attachments) and pasted text, read by <see cref="ArticleLoader"/> with the readers
/// local files use: the type comes from the name (or, failing that, the media type), the size cap and address guard are
/// the fetcher's, and every refusal names the file rather than its download address.
/// </summary>
public sealed class UploadedFileTests : IAsyncLifetime
{
    private const string Essay = """
        Every school should teach children to swim before they turn ten, because drowning is still a leading cause of death at that age.

        Pools are already there: most towns own one and leave it empty on weekday mornings, when classes could use it at little cost.
        """;

    private LoopbackServer cdn = null!;

    public async Task InitializeAsync() => cdn = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await cdn.DisposeAsync();

    private static ArticleLoader Loader(bool allowPrivateNetworks = true, long maxBytes = 64 * 1024) =>
        IngestionTestServices.Build(allowPrivateNetworks, new Dictionary<string, string?> { ["Ingestion:MaxResponseBytes"] = maxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .GetRequiredService<ArticleLoader>();

    [Theory]
    [InlineData("essay.txt", null, true)]
    [InlineData("essay.MD", "application/octet-stream", true)]
    [InlineData("essay.markdown", null, true)]
    [InlineData("page.htm", null, true)]
    [InlineData("essay", "text/plain; charset=utf-8", true)]
    [InlineData("page", "text/html", true)]
    [InlineData("photo.png", "image/png", false)]
    [InlineData("data.csv", "text/csv", false)]
    [InlineData("essay.docx", null, false)]
    [InlineData("noname", null, false)]
    public void The_name_decides_and_the_media_type_only_speaks_for_a_name_without_a_known_extension(string name, string? mediaType, bool readable) =>
        Assert.Equal(readable, ArticleLoader.CanReadUpload(name, mediaType));

    [Fact]
    public async Task A_markdown_attachment_is_read_by_its_name_and_titled_after_it()
    {
        cdn.MapContent("/a/1/teach-swimming.md", "text/markdown; charset=utf-8", Essay);

        var draft = await Loader().LoadUploadAsync(cdn.Url("/a/1/teach-swimming.md?ex=1&hm=2"), "teach-swimming.md", "text/markdown", Essay.Length, "attachment", CancellationToken.None);

        Assert.Equal("Teach swimming", draft.Title);
        Assert.Equal(2, draft.Paragraphs.Count);
        Assert.Equal("attachment", draft.Origin);
    }

    [Fact]
    public async Task A_markdown_file_the_host_serves_as_octet_stream_is_still_read_by_its_name()
    {
        cdn.MapContent("/a/8/teach-swimming.md", "application/octet-stream", Essay);

        var draft = await Loader().LoadUploadAsync(cdn.Url("/a/8/teach-swimming.md"), "teach-swimming.md", null, Essay.Length, "attachment", CancellationToken.None);

        Assert.Equal(2, draft.Paragraphs.Count);
    }

    [Fact]
    public async Task A_utf8_byte_order_mark_is_not_part_of_the_text()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes(Essay)).ToArray();
        cdn.Map("/a/2/essay.txt", async context =>
        {
            context.Response.ContentType = "text/plain";
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        });

        var draft = await Loader().LoadUploadAsync(cdn.Url("/a/2/essay.txt"), "essay.txt", "text/plain", bytes.Length, "attachment", CancellationToken.None);

        Assert.StartsWith("Every school should teach", draft.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_download_names_the_file_not_its_signed_address()
    {
        var error = await Assert.ThrowsAsync<IngestionException>(() =>
            Loader().LoadUploadAsync(cdn.Url("/a/3/gone.txt?ex=1&hm=secret"), "gone.txt", "text/plain", 10, "attachment", CancellationToken.None));

        Assert.Equal("gone.txt: not found (HTTP 404)", error.Message);
        Assert.Equal(IngestionFailure.NotFound, error.Reason);
    }

    [Fact]
    public async Task The_address_guard_still_applies_to_attachments()
    {
        cdn.MapContent("/a/4/essay.txt", "text/plain", Essay);

        var error = await Assert.ThrowsAsync<IngestionException>(() =>
            Loader(allowPrivateNetworks: false).LoadUploadAsync(cdn.Url("/a/4/essay.txt"), "essay.txt", "text/plain", Essay.Length, "attachment", CancellationToken.None));

        Assert.Equal(IngestionFailure.BlockedAddress, error.Reason);
        Assert.StartsWith("essay.txt: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_binary_html_file_is_refused_as_binary()
    {
        byte[] zip = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00];
        cdn.Map("/a/5/page.html", async context =>
        {
            context.Response.ContentType = "text/html";
            await context.Response.Body.WriteAsync(zip, context.RequestAborted);
        });

        var error = await Assert.ThrowsAsync<IngestionException>(() =>
            Loader().LoadUploadAsync(cdn.Url("/a/5/page.html"), "page.html", "text/html", zip.Length, "attachment", CancellationToken.None));

        Assert.Equal("page.html: no readable text (binary data, not a text file)", error.Message);
    }

    [Fact]
    public async Task An_empty_file_is_refused_as_empty()
    {
        cdn.MapContent("/a/6/empty.txt", "text/plain", "");

        var error = await Assert.ThrowsAsync<IngestionException>(() =>
            Loader().LoadUploadAsync(cdn.Url("/a/6/empty.txt"), "empty.txt", "text/plain", 0, "attachment", CancellationToken.None));

        Assert.Equal("empty.txt: no readable text (the text is empty)", error.Message);
    }

    [Fact]
    public async Task A_file_of_one_very_long_line_is_read_in_storable_paragraphs()
    {
        var sentence = "Every school should teach children to swim before they turn ten, because pools stand empty on weekday mornings. ";
        var line = string.Concat(Enumerable.Repeat(sentence, 400));
        cdn.MapContent("/a/7/one-line.txt", "text/plain; charset=utf-8", line);

        var draft = await Loader().LoadUploadAsync(cdn.Url("/a/7/one-line.txt"), "one-line.txt", "text/plain", line.Length, "attachment", CancellationToken.None);

        Assert.True(draft.Paragraphs.Count > 1, $"{draft.Paragraphs.Count} paragraph(s)");
        Assert.All(draft.Paragraphs, p => Assert.EndsWith(".", p, StringComparison.Ordinal));
        Assert.Equal(line.Trim(), string.Join(' ', draft.Paragraphs));
    }

    [Fact]
    public void Untitled_pasted_text_is_named_after_its_opening_words_and_keeps_no_address_of_its_own()
    {
        var draft = Loader().ReadPastedText("Every school should teach children to swim before they turn ten. Pools are already there.", "the pasted text", "paste");

        Assert.Equal("Every school should teach children to swim before they turn ten. Pools are…", draft.Title);
        Assert.Single(draft.Paragraphs);
        Assert.Equal("paste", draft.Origin);
    }

    [Fact]
    public void Pasted_text_with_nothing_readable_is_refused_in_its_own_name()
    {
        var error = Assert.Throws<IngestionException>(() => Loader().ReadPastedText(" \u0001 \u0002 ", "the pasted text", "paste"));

        Assert.StartsWith("the pasted text: no readable text", error.Message, StringComparison.Ordinal);
    }
}
