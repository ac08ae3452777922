using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Briefing.Articles.Extraction;

/// <summary>
/// Plain text and Markdown → article draft. The title is the front matter's <c>title</c> if present, otherwise
/// the first non-empty line; blank lines separate paragraphs; Markdown markup is reduced to its text. A local
/// file's front matter <c>url</c> (or <c>canonical</c>) names where the article lives on the web.
/// </summary>
public sealed class TextArticleExtractor
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().Build();

    public ArticleDraft Extract(string text, bool isMarkdown, Uri url, string source, string origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(url);
        var document = Markdown.Parse(text.Replace("\r\n", "\n", StringComparison.Ordinal), Pipeline);
        var metadata = document.OfType<YamlFrontMatterBlock>().Select(FrontMatter.Parse).FirstOrDefault() ?? FrontMatter.Empty;
        var paragraphs = isMarkdown ? MarkdownText.Paragraphs(document) : PlainParagraphs(text, document);
        var title = metadata.Title;
        if (title is null && paragraphs.Count > 0)
        {
            title = paragraphs[0];
            paragraphs.RemoveAt(0);
        }
        else if (title is not null && paragraphs.Count > 0 && string.Equals(paragraphs[0], title, StringComparison.OrdinalIgnoreCase))
        {
            paragraphs.RemoveAt(0);
        }

        if (title is null || paragraphs.Count == 0)
        {
            throw new IngestionException(source, IngestionFailure.NoReadableText, "no readable text (needs a title line and at least one paragraph)");
        }

        return new ArticleDraft
        {
            Url = ArticleUrl(url, metadata.Url),
            Title = title,
            Authors = metadata.Authors,
            SiteName = metadata.SiteName,
            PublishedAt = metadata.PublishedAt,
            Language = metadata.Language,
            Paragraphs = paragraphs,
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

    /// <summary>Plain text keeps its characters as they are: only the front matter is cut and lines are rejoined.</summary>
    private static List<string> PlainParagraphs(string text, MarkdownDocument document)
    {
        var body = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (document.OfType<YamlFrontMatterBlock>().FirstOrDefault() is { } frontMatter)
        {
            body = body[Math.Min(body.Length, frontMatter.Span.End + 1)..];
        }

        var paragraphs = new List<string>();
        var lines = body.Split('\n');
        // The first non-empty line is the title on its own, even when the body follows without a blank line.
        var firstLine = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (firstLine < 0)
        {
            return paragraphs;
        }

        paragraphs.Add(ParagraphSplitter.Normalize(lines[firstLine]));
        var current = new List<string>();
        foreach (var line in lines.Skip(firstLine + 1))
        {
            if (line.Trim().Length == 0)
            {
                AddJoined(current, paragraphs);
            }
            else
            {
                current.Add(line);
            }
        }

        AddJoined(current, paragraphs);
        return paragraphs;
    }

    private static void AddJoined(List<string> lines, List<string> paragraphs)
    {
        var joined = ParagraphSplitter.Normalize(string.Join(' ', lines));
        if (joined.Length > 0)
        {
            paragraphs.Add(joined);
        }

        lines.Clear();
    }
}
