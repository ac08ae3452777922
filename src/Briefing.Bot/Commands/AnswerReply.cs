using Briefing.Conversations;

namespace Briefing.Bot.Commands;

/// <summary>Builds the reply to a question: the answer, then each cited paragraph with its quote.</summary>
public static class AnswerReply
{
    public static BotReply Build(GroundedAnswer answer)
    {
        // Say it plainly even when the engine's wording is hedged.
        var text = answer.Answered || answer.Text.Contains("does not say", StringComparison.OrdinalIgnoreCase)
            ? answer.Text
            : "The article does not say. " + answer.Text;
        var fields = new List<ReplyField>();
        // The offline answerer writes its citations into the text already; list them again only when the text does not.
        var uncited = answer.Citations.Where(c => !text.Contains($"¶{c.Paragraph}", StringComparison.Ordinal)).ToList();
        if (uncited.Count > 0)
        {
            var multipleArticles = answer.Citations.Select(c => c.ArticleId).Distinct().Count() > 1;
            fields.Add(new ReplyField("Sources", ReplyText.FieldValue(uncited.Select(c =>
                (multipleArticles ? $"{MarkdownText.Inline(c.ArticleTitle, 60)}, " : string.Empty) + ReplyText.CitedQuote(c.Quote, c.Paragraph)))));
        }

        var card = new ReplyCard
        {
            // Answerer or model output: its lines stay, its Markdown does not render.
            Description = MarkdownText.Lines(text, 4000),
            Fields = fields,
            Footer = $"Engine: {answer.Engine}",
        };
        return new BotReply { Messages = [new ReplyMessage { Cards = [card] }] };
    }
}
