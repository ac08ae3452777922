using Briefing.Articles;
using Briefing.Articles.Fetching;
using Microsoft.AspNetCore.Http;

namespace Briefing.Tests.Articles;

/// <summary>Fetching itself, against a loopback site, so private networks are allowed here.</summary>
public sealed class GuardedHttpFetcherTests : IAsyncLifetime
{
    private LoopbackServer site = null!;

    public async Task InitializeAsync() => site = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    private static GuardedHttpFetcher Fetcher(IDictionary<string, string?>? settings = null) =>
        IngestionTestServices.Build(allowPrivateNetworks: true, settings).GetRequiredService<GuardedHttpFetcher>();

    [Fact]
    public async Task Fetches_a_page_with_a_real_user_agent()
    {
        site.MapContent("/story", "text/html; charset=utf-8", "<html><body><p>Hello</p></body></html>");

        var fetched = await Fetcher().FetchAsync(site.Url("/story"), null, CancellationToken.None);

        Assert.False(fetched.NotModified);
        Assert.Equal("text/html", fetched.MediaType);
        Assert.Contains("<p>Hello</p>", fetched.DecodeText(), StringComparison.Ordinal);
        Assert.StartsWith("BriefingBot/1.0", Assert.Single(site.Requests).UserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_legacy_charset_from_the_header_is_honoured()
    {
        site.Map("/legacy", async context =>
        {
            context.Response.ContentType = "text/plain; charset=windows-1252";
            // 0x93 and 0x94 are the curly double quotes in windows-1252 (invalid as UTF-8).
            await context.Response.Body.WriteAsync(new byte[] { 0x93, (byte)'H', (byte)'i', 0x94, (byte)' ', 0xE9 });
        });

        var fetched = await Fetcher().FetchAsync(site.Url("/legacy"), null, CancellationToken.None);

        Assert.Equal("\u201cHi\u201d \u00e9", fetched.DecodeText());
    }

    [Fact]
    public async Task Follows_relative_redirects_and_reports_the_final_url()
    {
        site.MapRedirect("/old", "/middle", 301);
        site.MapRedirect("/middle", "/new", 307);
        site.MapContent("/new", "text/html", "<p>moved</p>");

        var fetched = await Fetcher().FetchAsync(site.Url("/old"), null, CancellationToken.None);

        Assert.Equal(site.Url("/new"), fetched.Url);
    }

    [Fact]
    public async Task More_than_five_redirects_is_refused()
    {
        for (var i = 0; i < 7; i++)
        {
            site.MapRedirect($"/hop{i}", $"/hop{i + 1}");
        }

        site.MapContent("/hop7", "text/html", "<p>end</p>");

        var error = await Assert.ThrowsAsync<IngestionException>(() => Fetcher().FetchAsync(site.Url("/hop0"), null, CancellationToken.None));

        Assert.Equal(IngestionFailure.Unreachable, error.Reason);
        Assert.Contains("more than 5 redirects", error.Message, StringComparison.Ordinal);
        Assert.Equal(6, site.Requests.Count);
    }

    [Fact]
    public async Task A_redirect_to_another_scheme_is_refused()
    {
        site.MapRedirect("/to-file", "file:///etc/passwd");

        var error = await Assert.ThrowsAsync<IngestionException>(() => Fetcher().FetchAsync(site.Url("/to-file"), null, CancellationToken.None));

        Assert.Equal(IngestionFailure.InvalidSource, error.Reason);
        Assert.Contains("only http and https", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_length_over_the_cap_is_too_large()
    {
        site.MapContent("/huge", "text/html", new string('x', 200_000));

        var error = await Assert.ThrowsAsync<IngestionException>(() =>
            Fetcher(new Dictionary<string, string?> { ["Ingestion:MaxResponseBytes"] = "65536" }).FetchAsync(site.Url("/huge"), null, CancellationToken.None));

        Assert.Equal(IngestionFailure.TooLarge, error.Reason);
        Assert.Equal($"{site.Url("/huge")}: too large (over 64 KB)", error.Message);
    }

    [Fact]
    public async Task A_streamed_body_without_length_is_cut_off_at_the_cap()
    {
        site.Map("/endless", async context =>
        {
            context.Response.ContentType = "text/html";
            var chunk = new byte[16 * 1024];
            Array.Fill(chunk, (byte)'y');
            // No Content-Length: chunked transfer, so only the bytes read can reveal the size.
            for (var i = 0; i < 64 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });

        var error = await Assert.ThrowsAsync<IngestionException>(() =>
            Fetcher(new Dictionary<string, string?> { ["Ingestion:MaxResponseBytes"] = "65536" }).FetchAsync(site.Url("/endless"), null, CancellationToken.None));

        Assert.Equal(IngestionFailure.TooLarge, error.Reason);
    }

    [Theory]
    [InlineData("application/pdf")]
    [InlineData("image/png")]
    [InlineData("application/octet-stream")]
    public async Task A_non_text_content_type_is_refused(string contentType)
    {
        site.MapContent("/file", contentType, "%PDF-1.7 binary");

        var error = await Assert.ThrowsAsync<IngestionException>(() => Fetcher().FetchAsync(site.Url("/file"), null, CancellationToken.None));

        Assert.Equal(IngestionFailure.NotHtml, error.Reason);
        Assert.Equal($"{site.Url("/file")}: not HTML, text or a feed (content type {contentType})", error.Message);
    }

    [Fact]
    public async Task A_slow_server_times_out()
    {
        site.Map("/slow", async context => await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted));

        var error = await Assert.ThrowsAsync<IngestionException>(() =>
            Fetcher(new Dictionary<string, string?> { ["Ingestion:Timeout"] = "00:00:00.300" }).FetchAsync(site.Url("/slow"), null, CancellationToken.None));

        Assert.Equal(IngestionFailure.TimedOut, error.Reason);
        Assert.Equal($"{site.Url("/slow")}: timed out after 0.3 s", error.Message);
    }

    [Fact]
    public async Task A_missing_page_is_not_found()
    {
        var error = await Assert.ThrowsAsync<IngestionException>(() => Fetcher().FetchAsync(site.Url("/gone"), null, CancellationToken.None));

        Assert.Equal(IngestionFailure.NotFound, error.Reason);
        Assert.Equal($"{site.Url("/gone")}: not found (HTTP 404)", error.Message);
    }

    [Fact]
    public async Task A_server_error_is_unreachable()
    {
        site.Map("/broken", context =>
        {
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        });

        var error = await Assert.ThrowsAsync<IngestionException>(() => Fetcher().FetchAsync(site.Url("/broken"), null, CancellationToken.None));

        Assert.Equal(IngestionFailure.Unreachable, error.Reason);
        Assert.Contains("HTTP 503", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_port_is_unreachable()
    {
        var closed = site.BaseUri;
        await site.DisposeAsync();
        site = await LoopbackServer.StartAsync();

        var error = await Assert.ThrowsAsync<IngestionException>(() => Fetcher().FetchAsync(new Uri(closed, "/x"), null, CancellationToken.None));

        Assert.Equal(IngestionFailure.Unreachable, error.Reason);
        Assert.StartsWith($"{new Uri(closed, "/x")}: unreachable (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conditional_get_sends_validators_and_reports_not_modified()
    {
        site.Map("/feed", async context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.Headers.ETag = "\"v1\"";
            context.Response.Headers.LastModified = "Tue, 11 Mar 2025 10:00:00 GMT";
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync("<rss version=\"2.0\"><channel><title>t</title></channel></rss>");
        });
        var fetcher = Fetcher();

        var first = await fetcher.FetchAsync(site.Url("/feed"), null, CancellationToken.None);
        var second = await fetcher.FetchAsync(site.Url("/feed"), new ConditionalRequest(first.ETag, first.LastModified), CancellationToken.None);

        Assert.Equal("\"v1\"", first.ETag);
        Assert.Equal("Tue, 11 Mar 2025 10:00:00 GMT", first.LastModified);
        Assert.True(second.NotModified);
        Assert.Empty(second.Body);
        var conditional = site.Requests.Last();
        Assert.Equal("\"v1\"", conditional.IfNoneMatch);
        Assert.Equal("Tue, 11 Mar 2025 10:00:00 GMT", conditional.IfModifiedSince);
    }
}
