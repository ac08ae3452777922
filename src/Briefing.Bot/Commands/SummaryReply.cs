using Briefing.Storage;
using Briefing.Summaries;
using Briefing.Text;

namespace Briefing.Bot.Commands;

/// <summary>Builds the /summarize card: title link, byline, Thesis, Key points, Counterpoints, engine + other matches in the footer.</summary>
public static class SummaryReply
{
    public static BotReply Build(ArgumentSummary summary, IReadOnlyList<SearchHit> otherMatches)
    {
        var article = summary.Article;
        // Author and site name come from the page: escaped like everything else the bot did not write.
        var byline = string.Join(" · ", new[] { article.Author, article.SiteName }
            .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => MarkdownText.Inline(s!, ReplyText.TitleLimit))
            .Append(ReplyText.Date(article.Published)));

        var fields = new List<ReplyField>
        {
            new("Thesis", ReplyText.FieldValue([ReplyText.Item(summary.Thesis)])),
            new("Key points", summary.Points.Count == 0
                ? "The article gives no separate supporting points."
                : ReplyText.FieldValue(summary.Points.Select((p, i) => $"{i + 1}. {ReplyText.Item(p)}"))),
            new("Counterpoints", summary.Counterpoints.Count == 0
                ? "The article weighs no opposing view."
                : ReplyText.FieldValue(summary.Counterpoints.Select(c => $"• {ReplyText.Item(c)}"))),
        };

        // The footer and the thread name are plain text on Discord: no Markdown renders there, so nothing is escaped.
        var footer = $"Engine: {summary.Engine}";
        if (summary.FallbackReason is not null)
        {
            footer += " (the model was unavailable)";
        }

        if (otherMatches.Count > 0)
        {
            footer += " · Other matches: " + string.Join("; ", otherMatches.Select(h => $"#{h.ArticleId} {TextCut.Truncate(h.Title, 60)}"));
        }

        var card = new ReplyCard
        {
            Title = MarkdownText.Inline(article.Title, ReplyText.TitleLimit),
            Url = article.Url,
            Description = byline,
            Fields = fields,
            Footer = footer,
        };

        return new BotReply
        {
            Messages = [new ReplyMessage { Cards = [card] }],
            ThreadName = "Discuss: " + article.Title,
            ThreadArticleId = article.Id,
        };
    }
}
