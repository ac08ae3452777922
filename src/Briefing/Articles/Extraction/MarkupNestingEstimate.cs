using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Articles.Extraction;

/// <summary>
/// How deeply a page's raw markup nests, estimated from its tags before any parser sees it. AngleSharp's tree
/// builder does work proportional to the depth for every tag, so a page nested 100,000 levels deep (half a
/// megabyte) costs minutes of CPU to parse; the estimate lets such a page be refused in milliseconds.
/// </summary>
internal static partial class MarkupNestingEstimate
{
    /// <summary>
    /// Raw nesting past which a page is refused unparsed. Four times <see cref="MarkupDepth.Limit"/>: unclosed
    /// tags in sloppy real pages inflate the estimate, and between the two limits the parsed tree decides.
    /// </summary>
    public const int RefuseAbove = MarkupDepth.Limit * 4;

    // Elements that never hold children, or whose end tag the parser supplies: they never deepen the tree.
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "param", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody",
        "tfoot", "colgroup", "rb", "rt", "rtc", "rp", "html", "head", "body",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FlatByName = Flat.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The deepest run of open container tags in <paramref name="html"/>.</summary>
    public static int Of(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var depth = 0;
        var deepest = 0;
        foreach (var tag in TagPattern().EnumerateMatches(html))
        {
            var text = html.AsSpan(tag.Index, tag.Length);
            var closing = text[1] == '/';
            var nameStart = closing ? 2 : 1;
            var nameLength = 0;
            while (nameStart + nameLength < text.Length && char.IsAsciiLetterOrDigit(text[nameStart + nameLength]))
            {
                nameLength++;
            }

            if (text[^2] == '/' || FlatByName.Contains(text.Slice(nameStart, nameLength)))
            {
                continue;
            }

            depth = closing ? Math.Max(0, depth - 1) : depth + 1;
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    /// <summary>The estimate for a page still in bytes: tag names are ASCII in every charset a page may declare.</summary>
    public static int Of(ReadOnlySpan<byte> html) => Of(Encoding.Latin1.GetString(html));

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*[^<>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();
}
