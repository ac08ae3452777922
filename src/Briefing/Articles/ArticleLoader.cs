using Briefing.Articles.Extraction;
using Briefing.Articles.Fetching;
using Briefing.Articles.Syndication;
using Microsoft.Extensions.Options;

namespace Briefing.Articles;

/// <summary>
/// Reads one source into an article draft (or a parsed feed) without storing anything: local .txt/.md/.html
/// files, and http(s) URLs through the <see cref="GuardedHttpFetcher"/>, dispatched by Content-Type.
/// </summary>
public sealed class ArticleLoader(
    GuardedHttpFetcher fetcher,
    HtmlArticleExtractor htmlExtractor,
    TextArticleExtractor textExtractor,
    FeedParser feedParser,
    IOptions<IngestionOptions> options)
{
    /// <summary>File extensions ingested from disk (a folder is scanned for exactly these).</summary>
    public static readonly IReadOnlySet<string> FileExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".markdown", ".html", ".htm" };

    public async Task<LoadedSource> LoadUrlAsync(Uri url, string origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var source = url.OriginalString;
        var fetched = await fetcher.FetchAsync(url, conditional: null, cancellationToken).ConfigureAwait(false);
        return ReadFetched(fetched, source, origin);
    }

    /// <summary>Classifies a fetched body: a feed (by type or by its root element), HTML, or plain text/Markdown.</summary>
    public LoadedSource ReadFetched(FetchedResource fetched, string source, string origin)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        var type = fetched.MediaType;
        if ((type is null || ContentKinds.Xml.Contains(type)) && FeedParser.LooksLikeFeed(fetched.Body))
        {
            return new LoadedSource(null, feedParser.Parse(fetched.Body, fetched.Url, source), fetched.Url);
        }

        if (type is not null && ContentKinds.Xml.Contains(type))
        {
            throw new IngestionException(source, IngestionFailure.UnparsableFeed, "unparsable feed (XML document is neither RSS 2.0 nor Atom)");
        }

        if (type is not null && ContentKinds.PlainText.Contains(type))
        {
            var isMarkdown = type.Contains("markdown", StringComparison.OrdinalIgnoreCase)
                || fetched.Url.AbsolutePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
            return new LoadedSource(ExtractText(fetched, isMarkdown, source, origin), null, fetched.Url);
        }

        var draft = fetched.Charset is null
            ? htmlExtractor.Extract(fetched.Body, fetched.Url, source, origin)
            : htmlExtractor.Extract(fetched.DecodeText(), fetched.Url, source, origin);
        return new LoadedSource(draft, null, fetched.Url);
    }

    public async Task<ArticleDraft> LoadFileAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new IngestionException(path, IngestionFailure.NotFound, "not found (no such file or folder)");
        }

        if (!FileExtensions.Contains(file.Extension))
        {
            throw new IngestionException(path, IngestionFailure.InvalidSource, $"unsupported file type '{file.Extension}' (expected .txt, .md or .html)");
        }

        if (file.Length > options.Value.MaxResponseBytes)
        {
            throw new IngestionException(path, IngestionFailure.TooLarge, $"too large ({file.Length / (1024.0 * 1024):0.#} MB, limit {options.Value.MaxResponseBytes / (1024.0 * 1024):0.#} MB)");
        }

        var url = new Uri(file.FullName);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IngestionException(path, IngestionFailure.InvalidSource, $"could not be read ({ex.Message.Split('\n', 2)[0].TrimEnd()})", ex);
        }

        if (file.Extension.StartsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            return htmlExtractor.Extract(bytes, url, path, "file");
        }

        var isMarkdown = !file.Extension.Equals(".txt", StringComparison.OrdinalIgnoreCase);
        return ExtractText(new FetchedResource(url, false, "text/plain", null, bytes, null, null), isMarkdown, path, "file");
    }

    private ArticleDraft ExtractText(FetchedResource resource, bool isMarkdown, string source, string origin)
    {
        var text = resource.DecodeText();
        if (BinaryContent.LooksBinary(resource.Body, text))
        {
            throw new IngestionException(source, IngestionFailure.NoReadableText, "no readable text (binary data, not a text file)");
        }

        return textExtractor.Extract(text, isMarkdown, resource.Url, source, origin);
    }
}
