using System.Globalization;
using Briefing.Summaries;

namespace Briefing.Bot.Commands;

/// <summary>Text shaping shared by the reply builders: Discord's limits (field value 1024, title 256, thread name 100) and quotes.</summary>
public static class ReplyText
{
    public const int FieldValueLimit = 1024;
    public const int TitleLimit = 256;
    public const int ThreadNameLimit = 100;
    public const int ShortQuoteLimit = 160;

    /// <summary>
    /// Like <see cref="Truncate"/>, but keeps the text's line breaks (blank lines dropped): an answer lists each cited
    /// paragraph on a line of its own.
    /// </summary>
    public static string TruncateKeepingLines(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Select(line => Truncate(line, int.MaxValue)).Where(line => line.Length > 0);
        return Cut(string.Join('\n', lines), limit);
    }

    /// <summary>Cuts at a word boundary and marks the cut with an ellipsis.</summary>
    public static string Truncate(string text, int limit)
    {
        return Cut(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), limit);
    }

    // At the last space or line break within the limit (unless that loses more than half), then an ellipsis.
    private static string Cut(string text, int limit)
    {
        if (text.Length <= limit)
        {
            return text;
        }

        var cut = text.LastIndexOfAny([' ', '\n'], limit - 1);
        var head = cut > limit / 2 ? text[..cut] : text[..(limit - 1)];
        return head.TrimEnd(',', ';', ':', ' ', '\n') + "…";
    }

    /// <summary><c>“quote” (¶3)</c> as Markdown; the quote is a verbatim prefix of the article's words, escaped and on one line.</summary>
    public static string CitedQuote(string quote, int paragraph) =>
        string.Create(CultureInfo.InvariantCulture, $"“{MarkdownText.Inline(quote, ShortQuoteLimit)}” (¶{paragraph})");

    /// <summary>A summary item as Markdown: its text on one line, then its quote as a block quote nothing can break out of.</summary>
    public static string Item(SummaryItem item) => $"{MarkdownText.Inline(item.Text, int.MaxValue)}\n> {CitedQuote(item.Quote, item.Paragraph)}";

    /// <summary>Joins lines and keeps whole lines within a field's limit.</summary>
    public static string FieldValue(IEnumerable<string> lines)
    {
        var result = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            var addition = result.Length == 0 ? line : "\n" + line;
            if (result.Length + addition.Length > FieldValueLimit)
            {
                if (result.Length == 0)
                {
                    return Truncate(line, FieldValueLimit);
                }

                break;
            }

            result.Append(addition);
        }

        return result.ToString();
    }

    public static string Date(DateTimeOffset? when) =>
        when?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "undated";
}
