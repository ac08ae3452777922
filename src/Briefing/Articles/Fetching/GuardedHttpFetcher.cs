using System.Net;
using System.Net.Http.Headers;
using Briefing.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Articles.Fetching;

/// <summary>
/// Fetches one web resource for ingestion: http/https only, redirects followed by hand (each hop re-validated),
/// a hard size cap while streaming, a content-type check, one timeout for the whole fetch. Every failure is an
/// <see cref="IngestionException"/> whose message is one line naming the URL and the reason. A blocked address is
/// never named to the user (it may be an internal host's address a redirect or DNS answer revealed); only the log has it.
/// </summary>
public sealed partial class GuardedHttpFetcher(
    IHttpClientFactory httpClientFactory, IOptions<IngestionOptions> options, TimeProvider timeProvider, ILogger<GuardedHttpFetcher> logger)
{
    /// <summary>What the user reads when the guard refuses an address; the address itself goes to the log only.</summary>
    public const string BlockedAddressMessage = "that link points to a private or local network address, which is not allowed";

    /// <summary>Name of the IHttpClientFactory client whose primary handler carries the <see cref="GuardedConnector"/>.</summary>
    public const string HttpClientName = "GuardedHttpFetcher";

    public Task<FetchedResource> FetchAsync(Uri url, ConditionalRequest? conditional, CancellationToken cancellationToken) =>
        FetchAsync(url, conditional, typeFromName: false, cancellationToken);

    /// <summary>
    /// Fetches a file whose kind its name already decided (a chat attachment named .md or .txt): any Content-Type is
    /// taken, because file hosts often label text as application/octet-stream; the caller refuses binary bodies itself.
    /// </summary>
    public Task<FetchedResource> FetchNamedFileAsync(Uri url, CancellationToken cancellationToken) =>
        FetchAsync(url, conditional: null, typeFromName: true, cancellationToken);

    private async Task<FetchedResource> FetchAsync(Uri url, ConditionalRequest? conditional, bool typeFromName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var source = url.OriginalString;
        var settings = options.Value;
        using var timeout = new CancellationTokenSource(settings.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await FollowRedirectsAsync(source, url, conditional, typeFromName, settings, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new IngestionException(source, IngestionFailure.TimedOut, $"timed out after {settings.Timeout.TotalSeconds:0.###} s", ex);
        }
        catch (HttpRequestException ex) when (FindBlocked(ex) is { } blocked)
        {
            LogBlocked(logger, source, blocked.Host, blocked.Address.ToString());
            throw new IngestionException(source, IngestionFailure.BlockedAddress, BlockedAddressMessage, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new IngestionException(source, IngestionFailure.Unreachable, $"unreachable ({ErrorLine(Innermost(ex).Message)})", ex);
        }
    }

    private async Task<FetchedResource> FollowRedirectsAsync(
        string source, Uri url, ConditionalRequest? conditional, bool typeFromName, IngestionOptions settings, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        var current = url;
        for (var hop = 0; ; hop++)
        {
            CheckTarget(source, current, settings);
            using var request = CreateRequest(current, conditional, settings);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
            {
                if (hop >= settings.MaxRedirects)
                {
                    throw new IngestionException(source, IngestionFailure.Unreachable, $"unreachable (more than {settings.MaxRedirects} redirects)");
                }

                current = location.IsAbsoluteUri ? location : new Uri(current, location);
                continue;
            }

            return await ReadResponseAsync(source, current, response, typeFromName, settings, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<FetchedResource> ReadResponseAsync(
        string source, Uri url, HttpResponseMessage response, bool typeFromName, IngestionOptions settings, CancellationToken cancellationToken)
    {
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified?.ToString("R");
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchedResource(url, true, null, null, [], etag, lastModified);
        }

        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            throw new IngestionException(source, IngestionFailure.NotFound, $"not found (HTTP {(int)response.StatusCode})");
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new IngestionException(source, IngestionFailure.Unreachable, $"unreachable (HTTP {(int)response.StatusCode} {response.ReasonPhrase})");
        }

        var contentType = response.Content.Headers.ContentType;
        if (!typeFromName && !ContentKinds.IsAccepted(contentType?.MediaType))
        {
            throw new IngestionException(source, IngestionFailure.NotHtml, $"not HTML, text or a feed (content type {contentType?.MediaType})");
        }

        if (response.Content.Headers.ContentLength > settings.MaxResponseBytes)
        {
            throw TooLarge(source, settings);
        }

        var body = await ReadCappedAsync(source, response.Content, settings, cancellationToken).ConfigureAwait(false);
        return new FetchedResource(url, false, contentType?.MediaType, contentType?.CharSet, body, etag, lastModified);
    }

    private static async Task<byte[]> ReadCappedAsync(string source, HttpContent content, IngestionOptions settings, CancellationToken cancellationToken)
    {
        // Content-Length can be absent or wrong (chunked, compressed), so the cap is enforced on the bytes read.
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > settings.MaxResponseBytes)
                {
                    throw TooLarge(source, settings);
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    private void CheckTarget(string source, Uri url, IngestionOptions settings)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            throw new IngestionException(source, IngestionFailure.InvalidSource, $"only http and https URLs can be fetched, not {url.Scheme}:");
        }

        // Literal addresses (in any spelling Uri normalises: 2130706433, 0177.0.0.1, 0x7f.0.0.1) are refused before
        // any connection; host names are checked on their resolved addresses by GuardedConnector.
        if (!settings.AllowPrivateNetworks && IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var literal) && NetworkAddressGuard.IsBlocked(literal))
        {
            // The literal may come from a redirect the user never saw: it is logged, not shown.
            LogBlocked(logger, source, url.Host, literal.ToString());
            throw new IngestionException(source, IngestionFailure.BlockedAddress, BlockedAddressMessage);
        }
    }

    private static HttpRequestMessage CreateRequest(Uri url, ConditionalRequest? conditional, IngestionOptions settings)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.UserAgent.ParseAdd(settings.UserAgent);
        request.Headers.Accept.ParseAdd("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8");
        if (conditional?.ETag is { Length: > 0 } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (conditional?.LastModified is { Length: > 0 } lastModified && DateTimeOffset.TryParse(lastModified, out var since))
        {
            request.Headers.IfModifiedSince = since;
        }

        return request;
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static IngestionException TooLarge(string source, IngestionOptions settings) =>
        new(source, IngestionFailure.TooLarge, $"too large (over {ByteSize.Describe(settings.MaxResponseBytes)})");

    private static BlockedAddressException? FindBlocked(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e is BlockedAddressException blocked)
            {
                return blocked;
            }
        }

        return null;
    }

    /// <summary>Error texts from the OS or the parser can span lines; the user gets exactly one.</summary>
    internal static string ErrorLine(string message) => TextCut.OneLine(message).TrimEnd('.');

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fetch of {Source} refused: {Host} resolves to {Address}, a private, local or reserved address")]
    private static partial void LogBlocked(ILogger logger, string source, string host, string address);

    private static Exception Innermost(Exception ex) => ex.InnerException is null ? ex : Innermost(ex.InnerException);
}
