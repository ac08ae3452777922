using System.Globalization;
using System.Text;
using Briefing.Digests;

namespace Briefing.Bot.Commands;

/// <summary>
/// The value of one digest field: the thesis, the source linked to the article, "also:" links to the other reports of
/// the story, and "Another view: title (source) — thesis". Discord refuses a field value over 1,024 characters, and links
/// can be long, so each part gets a budget: the source line always fits, further "also:" links are counted instead of
/// listed once the budget runs out, and the opposing view is cut before it would overflow.
/// </summary>
public static class DigestEntryText
{
    private const int ThesisLimit = 300;
    private const int ViewThesisLimit = 200;
    private const int SourceLabelLimit = 60;
    // Past this a link is not worth its characters: the source name is shown unlinked.
    private const int LongestLinkedUrl = 300;
    private const int RestReserve = 24;

    public static string Value(DigestEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = new StringBuilder(MarkdownText.Inline(entry.Thesis, ThesisLimit));
        text.Append('\n').Append(Link(entry.Source, entry.Url)).Append(CultureInfo.InvariantCulture, $" · #{entry.ArticleId}");
        var view = entry.AnotherView is { } other ? "\n" + AnotherView(other) : string.Empty;
        // The opposing view is reserved first; the "also:" links share what is left.
        var alsoBudget = ReplyText.FieldValueLimit - text.Length - Math.Min(view.Length, ReplyText.FieldValueLimit / 3);
        text.Append(Also(entry.Also, alsoBudget));
        var room = ReplyText.FieldValueLimit - text.Length;
        if (view.Length > 0 && room > 20)
        {
            text.Append(view.Length <= room ? view : "\n" + MarkdownText.Inline("Another view: " + entry.AnotherView!.Title + " (" + entry.AnotherView.Source + ")", room - 1));
        }

        return text.ToString();
    }

    private static string Also(IReadOnlyList<DigestLink> others, int budget)
    {
        if (others.Count == 0)
        {
            return string.Empty;
        }

        var line = new StringBuilder("\nalso: ");
        for (var i = 0; i < others.Count; i++)
        {
            var link = Link(others[i].Source, others[i].Url);
            var separator = i == 0 ? string.Empty : ", ";
            // Room is kept for ", 12 more report(s)" after every link but the last.
            var reserve = i < others.Count - 1 ? RestReserve : 0;
            if (line.Length + separator.Length + link.Length + reserve > budget)
            {
                var rest = string.Create(CultureInfo.InvariantCulture, $"{separator}{others.Count - i} more report(s)");
                return line.Length + rest.Length <= budget ? line.Append(rest).ToString() : i == 0 ? string.Empty : line.ToString();
            }

            line.Append(separator).Append(link);
        }

        return line.ToString();
    }

    private static string AnotherView(DigestLink view) =>
        $"Another view: {MarkdownText.Inline(view.Title, 120)} ({Link(view.Source, view.Url)}) — {MarkdownText.Inline(view.Thesis ?? string.Empty, ViewThesisLimit)}";

    private static string Link(string source, string url) =>
        url.Length <= LongestLinkedUrl ? MarkdownText.Link(source, url, SourceLabelLimit) : MarkdownText.Inline(source, SourceLabelLimit);
}
