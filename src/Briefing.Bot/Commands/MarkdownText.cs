using System.Text;
using System.Text.RegularExpressions;
using Briefing.Text;

namespace Briefing.Bot.Commands;

/// <summary>
/// The one place where text the bot did not write (article titles, authors, site names, feed titles, snippets, model
/// and answerer output, user input) becomes part of a reply's Discord Markdown. Escaped text renders exactly as
/// written: no masked links, headings, lists, bold, spoilers, code, quotes, mentions or timestamps. Replies are built
/// only from the bot's own fixed formatting plus text that went through here. Embed footers and thread names are
/// plain text on Discord (a backslash would show), so they get none of this.
/// </summary>
public static partial class MarkdownText
{
    // Discord's escape rule takes a backslash before any punctuation; these are the ones that start formatting
    // anywhere in a line: emphasis, strike, code, spoilers, masked links, mentions/emoji/timestamps (<), quotes,
    // headings and subtext (#), and @everyone / @here.
    private const string AlwaysEscaped = "\\*_~`|[]<>#@";

    /// <summary>The text with every Markdown-significant character escaped. Web addresses are kept whole so they still link.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length + 16);
        var position = 0;
        foreach (Match url in WebAddress().Matches(text))
        {
            AppendEscaped(result, text, position, url.Index);
            result.Append(url.Value);
            position = url.Index + url.Length;
        }

        AppendEscaped(result, text, position, text.Length);
        return result.ToString();
    }

    /// <summary>One line (whitespace collapsed, so nothing can start a new block), cut at a word and escaped within <paramref name="limit"/> characters.</summary>
    public static string Inline(string text, int limit) => Fit(text, limit, TextCut.Truncate);

    /// <summary>Like <see cref="Inline"/> but keeps line breaks (answers list cited paragraphs on lines of their own).</summary>
    public static string Lines(string text, int limit) => Fit(text, limit, TextCut.TruncateKeepingLines);

    /// <summary>
    /// A search snippet: the store marks each matched word as <c>**word**</c>. A mark stays bold only around a word that
    /// looks like one of <paramref name="query"/>'s words (the store matches stems, so a shared start is enough); an
    /// article's own <c>**other**</c> loses its marks, and everything else is escaped.
    /// </summary>
    public static string Snippet(string snippet, string query, int limit)
    {
        var terms = Word().Matches(query).Select(m => m.Value.ToLowerInvariant()).ToList();
        var cut = TextCut.Truncate(snippet, limit);
        var result = new StringBuilder(cut.Length + 16);
        var position = 0;
        foreach (Match mark in Highlight().Matches(cut))
        {
            var word = mark.Groups[1].Value;
            var bold = terms.Any(term => SharesStart(word.ToLowerInvariant(), term)) ? "**" : "";
            result.Append(Escape(cut[position..mark.Index])).Append(bold).Append(Escape(word)).Append(bold);
            position = mark.Index + mark.Length;
        }

        return result.Append(Escape(cut[position..])).ToString();
    }

    // "harbours" and "harbour", "policies" and "policy": the first four letters (or the whole shorter word) agree.
    private static bool SharesStart(string word, string term)
    {
        var length = Math.Min(4, Math.Min(word.Length, term.Length));
        return length > 0 && string.CompareOrdinal(word, 0, term, 0, length) == 0;
    }

    /// <summary>A masked link: the label escaped (one line), the target an http(s) address whose parentheses cannot end the link early.</summary>
    public static string Link(string label, string url, int labelLimit)
    {
        var text = Inline(label, labelLimit);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var target) || (target.Scheme != Uri.UriSchemeHttps && target.Scheme != Uri.UriSchemeHttp))
        {
            return text;
        }

        var address = target.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
        return $"[{text}]({address})";
    }

    /// <summary>For transports that show plain text (the console): drops the backslashes <see cref="Escape"/> added.</summary>
    public static string Unescape(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Escaped().Replace(markdown, "$1");
    }

    private static string Fit(string text, int limit, Func<string, int, string> truncate)
    {
        // Escaping lengthens the text, so the cut moves back until the escaped form fits Discord's limit.
        var budget = limit;
        while (true)
        {
            var escaped = Escape(truncate(text, budget));
            if (escaped.Length <= limit || budget <= 1)
            {
                return escaped.Length <= limit ? escaped : "…";
            }

            budget -= Math.Max(1, escaped.Length - limit);
        }
    }

    private static void AppendEscaped(StringBuilder result, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (IsLineStart(text, i))
            {
                // Only at the start of a line: "- x", "+ x" (lists, and "-# " subtext) and "1. x" / "1) x" (numbered
                // lists); elsewhere these characters are ordinary and stay as they are.
                if (c is '-' or '+')
                {
                    result.Append('\\').Append(c);
                    continue;
                }

                var digits = i;
                while (digits < end && char.IsAsciiDigit(text[digits]))
                {
                    digits++;
                }

                if (digits > i && digits < end && text[digits] is '.' or ')')
                {
                    result.Append(text, i, digits - i).Append('\\').Append(text[digits]);
                    i = digits;
                    continue;
                }
            }

            if (AlwaysEscaped.Contains(c, StringComparison.Ordinal))
            {
                result.Append('\\');
            }

            result.Append(c);
        }
    }

    private static bool IsLineStart(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && text[j] is ' ' or '\t')
        {
            j--;
        }

        return j < 0 || text[j] == '\n';
    }

    // Discord's own bare-link rule: it ends before '<', whitespace and trailing punctuation.
    [GeneratedRegex("""https?://[^\s<]+[^<.,:;"')\]\s]""")]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\*\*([^\s*]+)\*\*")]
    private static partial Regex Highlight();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Escaped();
}
