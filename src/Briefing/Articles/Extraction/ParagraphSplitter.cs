using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Briefing.Text;

namespace Briefing.Articles.Extraction;

/// <summary>
/// Turns extracted article HTML into ordered paragraphs: each p, heading, list item, blockquote, pre, table cell
/// or loose text run inside a container becomes one paragraph with its whitespace normalised.
/// </summary>
internal static partial class ParagraphSplitter
{
    private static readonly HashSet<string> LeafBlocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "dt", "dd", "figcaption", "caption", "td", "th", "summary",
    };

    /// <summary>Blocks that are a paragraph of their own unless they wrap other blocks (then their children are).</summary>
    private static readonly HashSet<string> WrapperOrLeaf = new(StringComparer.OrdinalIgnoreCase) { "li", "blockquote" };

    private static readonly HashSet<string> Block = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul", "br",
    };

    public static List<string> Split(INode root)
    {
        var paragraphs = new List<string>();
        Collect(root, paragraphs);
        return paragraphs;
    }

    public static string Normalize(string text) => Whitespace().Replace(StorableText.RemoveControlCharacters(text), " ").Trim();

    /// <summary>
    /// Walks the block containers depth first with an explicit stack rather than recursion: page markup is
    /// untrusted, and a page nested a hundred thousand levels deep must not overflow the thread's stack.
    /// </summary>
    private static void Collect(INode root, List<string> paragraphs)
    {
        var open = new Stack<Container>();
        open.Push(new Container(root));
        while (open.Count > 0)
        {
            var container = open.Peek();
            if (container.Next >= container.Node.ChildNodes.Length)
            {
                Flush(container.Loose, paragraphs);
                open.Pop();
                continue;
            }

            var child = container.Node.ChildNodes[container.Next++];
            if (child is IElement element && Block.Contains(element.LocalName))
            {
                Flush(container.Loose, paragraphs);
                if (LeafBlocks.Contains(element.LocalName) || (WrapperOrLeaf.Contains(element.LocalName) && !HasBlockChild(element)))
                {
                    Add(element.TextContent, paragraphs);
                }
                else
                {
                    open.Push(new Container(element));
                }
            }
            else if (child.NodeType is NodeType.Text or NodeType.Element)
            {
                container.Loose.Append(child.TextContent);
            }
        }
    }

    /// <summary>A block whose children are being read, with the inline text gathered since its last block child.</summary>
    private sealed class Container(INode node)
    {
        public INode Node { get; } = node;
        public int Next { get; set; }
        public StringBuilder Loose { get; } = new();
    }

    private static bool HasBlockChild(IElement element) =>
        element.Children.Any(c => Block.Contains(c.LocalName) && c.LocalName != "br");

    private static void Flush(StringBuilder loose, List<string> paragraphs)
    {
        Add(loose.ToString(), paragraphs);
        loose.Clear();
    }

    private static void Add(string text, List<string> paragraphs)
    {
        var normalized = Normalize(text);
        if (normalized.Length > 0 && !ChromeLines.IsChrome(normalized))
        {
            paragraphs.Add(normalized);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
