using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Briefing.Text;

namespace Briefing.Articles.Extraction;

/// <summary>
/// Plain text and Markdown → article draft, for text as people have it: with or without front matter or a title
/// line, one paragraph or many, copied from a web page with its furniture. The title is the front matter's
/// <c>title</c>, else a headline-like first line, else the file name made readable; a "By" line or a closing
/// author bio gives the author and a date line the date (front matter wins). Page furniture goes before anything
/// else sees the text (<see cref="ChromeFilter"/>, shared with the HTML path). A local file's front matter
/// <c>url</c> (or <c>canonical</c>) names where the article lives on the web.
/// </summary>
public sealed class TextArticleExtractor
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().Build();

    public ArticleDraft Extract(string text, bool isMarkdown, Uri url, string source, string origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(url);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(StorableText.RemoveControlCharacters(normalized)))
        {
            throw new IngestionException(source, IngestionFailure.NoReadableText, "no readable text (the text is empty)");
        }

        var document = Markdown.Parse(normalized, Pipeline);
        var metadata = document.OfType<YamlFrontMatterBlock>().Select(FrontMatter.Parse).FirstOrDefault() ?? FrontMatter.Empty;
        var paragraphs = isMarkdown ? MarkdownText.Paragraphs(document) : PlainTextBlocks.Paragraphs(BodyOf(normalized, document));
        var header = TextHeader.Read(paragraphs, metadata.Title);
        var body = ChromeFilter.Clean(paragraphs);
        if (body.Paragraphs.Count == 0)
        {
            var detail = header.Title is not null || metadata.Title is not null ? "a title but no paragraph under it" : "nothing but page furniture";
            throw new IngestionException(source, IngestionFailure.NoReadableText, $"no readable text ({detail})");
        }

        return new ArticleDraft
        {
            Url = ArticleUrl(url, metadata.Url),
            Title = metadata.Title ?? header.Title ?? FileTitle.For(url, body.Paragraphs[0]),
            Authors = metadata.Authors.Count > 0 ? metadata.Authors
                : header.Authors.Count > 0 ? header.Authors
                : body.BioAuthor is { } bio ? [bio] : [],
            SiteName = metadata.SiteName,
            PublishedAt = metadata.PublishedAt ?? header.PublishedAt,
            Language = metadata.Language,
            Paragraphs = [.. body.Paragraphs.SelectMany(p => StorableText.SplitOversized(p))],
            Origin = origin,
        };
    }

    /// <summary>
    /// Only a local file may name its own URL: a fetched page saying it lives elsewhere could take over that
    /// article's place in the library (dedupe is by URL). Only an absolute http(s) URL is taken.
    /// </summary>
    private static string ArticleUrl(Uri source, string? declared) =>
        source.IsFile && Uri.TryCreate(declared, UriKind.Absolute, out var web) && (web.Scheme == Uri.UriSchemeHttp || web.Scheme == Uri.UriSchemeHttps)
            ? web.AbsoluteUri
            : source.AbsoluteUri;

    /// <summary>Plain text keeps its characters as they are: only the front matter is cut.</summary>
    private static string BodyOf(string text, MarkdownDocument document) =>
        document.OfType<YamlFrontMatterBlock>().FirstOrDefault() is { } frontMatter
            ? text[Math.Min(text.Length, frontMatter.Span.End + 1)..]
            : text;
}
