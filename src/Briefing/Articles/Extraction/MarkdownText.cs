using System.Text;
using AngleSharp.Html.Parser;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Articles.Extraction;

/// <summary>Walks a parsed Markdown document and returns its blocks as plain-text paragraphs, markup removed.</summary>
internal static class MarkdownText
{
    public static List<string> Paragraphs(MarkdownDocument document)
    {
        var paragraphs = new List<string>();
        foreach (var block in document)
        {
            Collect(block, paragraphs);
        }

        return paragraphs;
    }

    private static void Collect(Block block, List<string> paragraphs)
    {
        switch (block)
        {
            case YamlFrontMatterBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup:
                return;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                {
                    Add(string.Join(" | ", row.OfType<TableCell>().Select(CellText)), paragraphs);
                }

                return;
            case LeafBlock { Inline: { } inline }:
                Add(InlineText(inline), paragraphs);
                return;
            case HtmlBlock html:
                Add(new HtmlParser().ParseDocument(html.Lines.ToString()).Body?.TextContent ?? string.Empty, paragraphs);
                return;
            case LeafBlock leaf:
                // Code blocks: the code itself is the text; the fences and indentation are markup.
                Add(leaf.Lines.ToString(), paragraphs);
                return;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Collect(child, paragraphs);
                }

                return;
        }
    }

    private static string CellText(TableCell cell)
    {
        var parts = new List<string>();
        foreach (var block in cell)
        {
            Collect(block, parts);
        }

        return string.Join(' ', parts);
    }

    private static string InlineText(ContainerInline container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString();
    }

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LinkInline { IsImage: true }:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                return;
            case CodeInline code:
                text.Append(code.Content);
                return;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                return;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                return;
            case LineBreakInline:
                text.Append(' ');
                return;
            case HtmlInline:
                return;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                return;
        }
    }

    private static void Add(string text, List<string> paragraphs)
    {
        var normalized = ParagraphSplitter.Normalize(text);
        if (normalized.Length > 0)
        {
            paragraphs.Add(normalized);
        }
    }
}
