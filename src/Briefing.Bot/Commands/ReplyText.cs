using System.Globalization;
using Briefing.Discord.Limits;
using Briefing.Summaries;
using Briefing.Text;

namespace Briefing.Bot.Commands;

/// <summary>
/// Text shaping shared by the reply builders: Markdown-safe cuts to a card's field and title budgets, and quotes.
/// A thread name is plain text and is left whole here: the Discord transport cuts it once, to Discord's limit.
/// </summary>
public static class ReplyText
{
    // The command layer uses no Discord types, but its cards are laid out as embeds, so their budgets are the wire
    // project's limits (Briefing.Discord.Limits, the one owner of what Discord accepts), read as constants.
    /// <summary>Characters of one card field; the lines of a list stop before they would pass it.</summary>
    public const int FieldValueLimit = MessageLimits.EmbedFieldValue;
    /// <summary>Characters of a card title or field name (Discord allows both the same).</summary>
    public const int TitleLimit = MessageLimits.EmbedTitle;
    public const int ShortQuoteLimit = 160;

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
                    return TextCut.Truncate(line, FieldValueLimit);
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
