using System.Globalization;
using Briefing.Articles;
using Briefing.Summaries;

namespace Briefing.Bot.Commands;

/// <summary>
/// The private answers to a summary's Counterpoints and Sources: the objections the author weighs (each with its quote
/// and paragraph), and the cited paragraphs in full. Article text is escaped and kept on one line per item, so it
/// renders as text and nothing in it can start a block or ping anyone.
/// </summary>
public static class SummaryDetailsReply
{
    public const string NoCounterpoints = "The article weighs no opposing view.";
    public const string NoSources = "This summary cites no paragraph.";

    /// <summary>The 1-based paragraphs the thesis, points and counterpoints quote, in reading order, each once.</summary>
    public static IReadOnlyList<int> CitedParagraphs(ArgumentSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return [.. summary.Points.Concat(summary.Counterpoints).Prepend(summary.Thesis)
            .Select(item => item.Paragraph).Where(p => p > 0).Distinct().Order()];
    }

    public static BotReply Counterpoints(ArgumentSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Counterpoints.Count == 0) return BotReply.Text(NoCounterpoints, ephemeral: true);
        var items = summary.Counterpoints.Select((c, i) => $"{i + 1}. {ReplyText.Item(c)}");
        return Card($"Counterpoints the author weighs: {summary.Article.Title}", summary.Article.Url, string.Join("\n\n", items));
    }

    public static BotReply Sources(ArgumentSummary summary, Article article)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(article);
        var paragraphs = CitedParagraphs(summary).Where(p => p <= article.Paragraphs.Count).ToList();
        if (paragraphs.Count == 0) return BotReply.Text(NoSources, ephemeral: true);
        var blocks = paragraphs.Select(p => string.Create(CultureInfo.InvariantCulture, $"¶{p}: {MarkdownText.Inline(article.Paragraphs[p - 1], int.MaxValue)}"));
        return Card($"Sources: {summary.Article.Title}", summary.Article.Url, string.Join("\n\n", blocks));
    }

    private static BotReply Card(string title, string url, string body) => new()
    {
        Messages = [new ReplyMessage { Cards = [new ReplyCard { Title = MarkdownText.Inline(title, ReplyText.TitleLimit), Url = url, Description = body }] }],
        Ephemeral = true,
    };
}
