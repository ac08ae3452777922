using System.Globalization;
using Briefing.Articles.Extraction;
using Briefing.Articles.Fetching;
using Briefing.Articles.Syndication;
using Briefing.Text;
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

    // A path with no name: the title fallback of pasted text takes its opening words.
    private static readonly Uri Unnamed = new("file:///");

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
            throw new IngestionException(path, IngestionFailure.TooLarge, $"too large ({ByteSize.Describe(file.Length)}, limit {ByteSize.Describe(options.Value.MaxResponseBytes)})");
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

        return ReadFile(new FetchedResource(url, false, null, null, bytes, null, null), file.Extension, path, "file");
    }

    /// <summary>
    /// True when a file someone hands over (a chat attachment) is one this loader reads: by its name's extension, or,
    /// when the name has none it knows, by a plain-text, Markdown or HTML media type.
    /// </summary>
    public static bool CanReadUpload(string fileName, string? mediaType) => UploadExtension(fileName, mediaType) is not null;

    /// <summary>
    /// A file someone hands over at <paramref name="url"/> (a chat attachment on a CDN): fetched like a web page, with the
    /// same size cap and address guard, then read by its name as a file from disk is, binary refused. Failures name the
    /// file, not the (long, signed) address it was fetched from. The draft's URL is a placeholder the caller replaces.
    /// </summary>
    public async Task<ArticleDraft> LoadUploadAsync(Uri url, string fileName, string? mediaType, long declaredSize, string origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(fileName);
        var extension = UploadExtension(fileName, mediaType)
            ?? throw new IngestionException(fileName, IngestionFailure.InvalidSource, $"unsupported file type ({DescribeType(fileName, mediaType)}; expected .txt, .md or .html)");
        // The size the platform reports refuses a big file before any of it is downloaded; the fetch still counts the bytes.
        var limit = options.Value.MaxResponseBytes;
        if (declaredSize > limit)
        {
            throw new IngestionException(fileName, IngestionFailure.TooLarge, $"too large ({ByteSize.Describe(declaredSize)}, limit {ByteSize.Describe(limit)})");
        }

        FetchedResource fetched;
        try
        {
            fetched = await fetcher.FetchNamedFileAsync(url, cancellationToken).ConfigureAwait(false);
        }
        catch (IngestionException ex)
        {
            var detail = ex.Message.StartsWith(ex.Source + ": ", StringComparison.Ordinal) ? ex.Message[(ex.Source.Length + 2)..] : ex.Message;
            throw new IngestionException(fileName, ex.Reason, detail, ex);
        }

        var named = new Uri("file:///" + Uri.EscapeDataString(Path.GetFileName(fileName)));
        return ReadFile(fetched with { Url = named }, extension, fileName, origin);
    }

    /// <summary>
    /// Text pasted into a message: plain text with no name, so an untitled one is named after its opening words. The
    /// draft's URL is a placeholder the caller replaces.
    /// </summary>
    public ArticleDraft ReadPastedText(string text, string source, string origin) =>
        textExtractor.Extract(text, isMarkdown: false, Unnamed, source, origin);

    /// <summary>A file's bytes read by its extension: HTML through the HTML extractor, the rest as plain text or Markdown.</summary>
    private ArticleDraft ReadFile(FetchedResource file, string extension, string source, string origin)
    {
        if (extension.StartsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            // Only the NUL-byte test: the charset is the page's to declare, so a decoding here could misjudge a legacy page.
            RefuseBinary(file.Body, string.Empty, source);
            return htmlExtractor.Extract(file.Body, file.Url, source, origin);
        }

        var isMarkdown = !extension.Equals(".txt", StringComparison.OrdinalIgnoreCase);
        return ExtractText(file, isMarkdown, source, origin);
    }

    private static string? UploadExtension(string fileName, string? mediaType)
    {
        var extension = Path.GetExtension(fileName);
        if (FileExtensions.Contains(extension))
        {
            return extension;
        }

        var type = MediaTypeOf(mediaType);
        return type is null ? null
            : ContentKinds.Html.Contains(type) ? ".html"
            : ContentKinds.PlainText.Contains(type) ? (type.Contains("markdown", StringComparison.OrdinalIgnoreCase) ? ".md" : ".txt")
            : null;
    }

    private static string DescribeType(string fileName, string? mediaType)
    {
        var extension = Path.GetExtension(fileName);
        var type = MediaTypeOf(mediaType);
        return (extension.Length > 0, type is not null) switch
        {
            (true, true) => $"{extension}, {type}",
            (true, false) => extension,
            (false, true) => type!,
            _ => "no extension",
        };
    }

    /// <summary>"text/plain; charset=utf-8" → "text/plain"; null when absent.</summary>
    private static string? MediaTypeOf(string? contentType) =>
        string.IsNullOrWhiteSpace(contentType) ? null : contentType.Split(';', 2)[0].Trim().ToLowerInvariant();

    private ArticleDraft ExtractText(FetchedResource resource, bool isMarkdown, string source, string origin)
    {
        var text = resource.DecodeText();
        RefuseBinary(resource.Body, text, source);
        return textExtractor.Extract(text, isMarkdown, resource.Url, source, origin);
    }

    private static void RefuseBinary(byte[] bytes, string decoded, string source)
    {
        if (BinaryContent.LooksBinary(bytes, decoded))
        {
            throw new IngestionException(source, IngestionFailure.NoReadableText, "no readable text (binary data, not a text file)");
        }
    }
}
