using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Briefing.Text;

namespace Briefing.Articles.Extraction;

/// <summary>
/// HTML page → article draft with SmartReader (a port of Mozilla Readability): title, byline, published date,
/// site name and language from the page's metadata, and the main content split into paragraphs with the page
/// chrome removed.
/// </summary>
public sealed partial class HtmlArticleExtractor
{
    /// <summary>A page without any title is named after the start of its first paragraph, cut to this many characters.</summary>
    private const int FallbackTitleLength = 120;

    /// <summary>Extracts the article; throws <see cref="IngestionException"/> (NoReadableText) when nothing readable is left.</summary>
    public ArticleDraft Extract(string html, Uri url, string source, string origin)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(url);
        RefuseDeepMarkup(MarkupNestingEstimate.Of(html), source);
        var document = new HtmlParser().ParseDocument(html);
        return Extract(document, url, source, origin);
    }

    /// <summary>Extracts from the page's bytes as fetched or read, letting the parser honour its charset declaration.</summary>
    public ArticleDraft Extract(byte[] html, Uri url, string source, string origin)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(url);
        RefuseDeepMarkup(MarkupNestingEstimate.Of(html), source);
        var document = new HtmlParser().ParseDocument(new MemoryStream(html, writable: false));
        return Extract(document, url, source, origin);
    }

    private static void RefuseDeepMarkup(int nesting, string source)
    {
        if (nesting > MarkupNestingEstimate.RefuseAbove)
        {
            throw DeepMarkup(source);
        }
    }

    private static IngestionException DeepMarkup(string source) =>
        new(source, IngestionFailure.NoReadableText, $"no readable text (the page's markup nests more than {MarkupDepth.Limit} levels deep)");

    private static ArticleDraft Extract(IHtmlDocument document, Uri url, string source, string origin)
    {
        if (document.DocumentElement is { } root && MarkupDepth.Exceeds(root, MarkupDepth.Limit))
        {
            throw DeepMarkup(source);
        }

        // Read before Readability runs: it strips the scripts that carry JSON-LD.
        var fallbackDate = PublishedDate.Find(document);
        if (document.Body is { } body)
        {
            PageChrome.Remove(body);
        }

        // Readability's own readability pre-check only decides whether to try; short but real notes should still
        // come through, so it is told to continue and the paragraph count decides instead.
        var reader = new SmartReader.Reader(url.AbsoluteUri, document)
        {
            ContinueIfNotReadable = true,
            CharThreshold = 200,
        };
        SmartReader.Article article;
        try
        {
            article = reader.GetArticle();
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // Page markup is untrusted input; whatever trips the parser is this page's problem, reported as one line.
            throw new IngestionException(source, IngestionFailure.NoReadableText, "no readable text (the page could not be parsed as an article)", ex);
        }

        var cleaned = ChromeFilter.Clean(ParagraphsOf(article.Content, article.Title));
        var paragraphs = cleaned.Paragraphs;
        if (paragraphs.Count == 0)
        {
            throw new IngestionException(source, IngestionFailure.NoReadableText, "no readable text in the page");
        }

        return new ArticleDraft
        {
            Url = url.AbsoluteUri,
            Title = NonEmpty(article.Title) ?? NonEmpty(document.Title) ?? TextCut.Truncate(paragraphs[0], FallbackTitleLength),
            Authors = SplitAuthors(NonEmpty(article.Author) ?? NonEmpty(article.Byline) ?? cleaned.BioAuthor),
            SiteName = NonEmpty(article.SiteName),
            PublishedAt = article.PublicationDate is { } date ? ToOffset(date) : fallbackDate,
            Language = NonEmpty(article.Language),
            Paragraphs = [.. paragraphs.SelectMany(p => StorableText.SplitOversized(p))],
            Origin = origin,
        };
    }

    private static List<string> ParagraphsOf(string? contentHtml, string? title)
    {
        if (string.IsNullOrWhiteSpace(contentHtml))
        {
            return [];
        }

        var content = new HtmlParser().ParseDocument(contentHtml);
        var paragraphs = ParagraphSplitter.Split(content.Body ?? (AngleSharp.Dom.INode)content);
        // Readability keeps the page's h1 when it sits inside the content; the title is stored separately.
        if (paragraphs.Count > 0 && title is not null && string.Equals(paragraphs[0], ParagraphSplitter.Normalize(title), StringComparison.OrdinalIgnoreCase))
        {
            paragraphs.RemoveAt(0);
        }

        return paragraphs;
    }

    internal static IReadOnlyList<string> SplitAuthors(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline))
        {
            return [];
        }

        var cleaned = BylinePrefix().Replace(ParagraphSplitter.Normalize(byline), string.Empty);
        return AuthorSeparator().Split(cleaned)
            .Select(a => a.Trim(' ', ',', '.', '|', '·'))
            .Where(a => a.Length is > 0 and <= 100)
            // "By Jane Roe, Senior Fellow": the role printed beside a name is not a second author.
            .Where(a => !JobTitles.IsRole(a))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static DateTimeOffset ToOffset(DateTime date) =>
        date.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(date, TimeSpan.Zero) : new DateTimeOffset(date.ToUniversalTime(), TimeSpan.Zero);

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : ParagraphSplitter.Normalize(value);


    [GeneratedRegex(@"^\s*(written\s+)?by\s+", RegexOptions.IgnoreCase)]
    private static partial Regex BylinePrefix();

    [GeneratedRegex(@"\s*(?:,|;|&|\band\b|\|)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorSeparator();
}
