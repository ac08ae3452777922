using Briefing.Articles;
using Briefing.Conversations.Ranking;
using Briefing.Models;
using Briefing.Models.Prompts;
using Briefing.Text;
using Microsoft.Extensions.Options;

namespace Briefing.Conversations;

/// <summary>
/// The model-backed answerer: the top-k paragraphs (ranked by their best sentence, <see cref="SentenceRanker"/>)
/// go to the model as a numbered data block with the bounded history and the question, the reply must match
/// <see cref="ModelSchema.Answer"/>, and every
/// citation is verified verbatim against its article like a summary quote. An answer that claims support
/// but keeps no verifiable citation is rejected (<see cref="ModelCallException"/>), so the composite falls back.
/// </summary>
internal sealed class ModelQuestionAnswerer(ModelJsonClient client, PromptLibrary prompts, IOptions<OpenAIOptions> options)
{
    private const int MaxHistoryTurns = 6;
    private const int MaxHistoryTurnLength = 600;

    public string Engine => "model:" + client.Model;

    public async Task<GroundedAnswer> AnswerAsync(string question, IReadOnlyList<Article> sources, IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken)
    {
        var top = WithinBudget(Candidates(question, sources, history).Take(options.Value.AnswerParagraphs), options.Value.MaxInputTokens);
        if (top.Count == 0)
        {
            // The question's topic occurs nowhere in the sources: nothing to ground an answer in, no call needed.
            return new GroundedAnswer(ExtractiveQuestionAnswerer.NotAnsweredText(question, sources.Count), [], Answered: false, Engine);
        }

        var template = prompts.Followup;
        var user = template.RenderUser(new Dictionary<string, string>
        {
            ["history"] = PromptData.Block(PromptData.HistoryTag, history.TakeLast(MaxHistoryTurns).Select(Line)),
            ["paragraphs"] = PromptData.Block(PromptData.ParagraphsTag, top
                .OrderBy(paragraph => paragraph.Source).ThenBy(paragraph => paragraph.Paragraph)
                .Select(paragraph => PromptData.NumberedLine(paragraph.Paragraph, paragraph.Text, $"A{paragraph.Source + 1}"))),
            ["question"] = PromptData.Block(PromptData.QuestionTag, [question]),
        });
        var output = await client.CompleteAsync<ModelAnswerOutput>("answer", template.System, user, ModelSchema.Answer, cancellationToken).ConfigureAwait(false);

        if (!output.Answered)
        {
            var text = output.Answer.Contains("not say", StringComparison.OrdinalIgnoreCase)
                ? output.Answer.Trim()
                : ExtractiveQuestionAnswerer.NotAnsweredText(question, sources.Count);
            return new GroundedAnswer(text, [], Answered: false, Engine);
        }

        var citations = output.Citations.Select(citation => Verify(citation, sources)).OfType<Citation>()
            .DistinctBy(citation => (citation.ArticleId, citation.Paragraph, citation.Quote)).ToList();
        if (citations.Count == 0 || string.IsNullOrWhiteSpace(output.Answer))
        {
            throw new ModelCallException("the model's answer cites nothing that stands in the article");
        }

        return new GroundedAnswer(output.Answer.Trim(), citations, Answered: true, Engine);
    }

    /// <summary>
    /// The paragraphs to show the model, best first: those whose sentences best match the question as the offline
    /// answerer reads it (topic terms, not framing words; a bare "Why?" about the previous question; a forecast
    /// or the author's position for "what will happen next?"). None when the question's topic is not in the sources.
    /// </summary>
    private static IEnumerable<RankedParagraph> Candidates(string question, IReadOnlyList<Article> sources, IReadOnlyList<ConversationTurn> history)
    {
        var terms = new Terms(sources.FirstOrDefault()?.Language);
        var analysis = QuestionAnalysis.For(question, history, terms);
        return SentenceRanker.Rank(analysis, sources, terms)
            .DistinctBy(sentence => (sentence.Paragraph.Source, sentence.Paragraph.Paragraph))
            .Select(sentence => new RankedParagraph(sentence.Paragraph.Source, sentence.Paragraph.Paragraph,
                sources[sentence.Paragraph.Source].Paragraphs[sentence.Paragraph.Paragraph - 1], sentence.Score, sentence.Paragraph.Coverage));
    }

    /// <summary>The best paragraphs, in rank order, while their tokens fit the input budget (the best one always).</summary>
    private static List<RankedParagraph> WithinBudget(IEnumerable<RankedParagraph> ranked, int maxTokens)
    {
        var kept = new List<RankedParagraph>();
        var used = 0;
        foreach (var paragraph in ranked)
        {
            used += ArticleChunker.CountTokens(paragraph.Text);
            if (kept.Count > 0 && used > maxTokens)
            {
                break;
            }

            kept.Add(paragraph);
        }

        return kept;
    }

    private static Citation? Verify(ModelCitation citation, IReadOnlyList<Article> sources)
    {
        if (citation.Article < 1 || citation.Article > sources.Count)
        {
            return null;
        }

        var article = sources[citation.Article - 1];
        var quote = new QuoteVerifier(article.Paragraphs).Verify(citation.Quote, citation.Paragraph);
        return quote is null ? null : new Citation(article.Id, article.Title, quote.Paragraph, quote.Quote);
    }

    private static string Line(ConversationTurn turn)
    {
        // Text's one truncator: on one line, cut at a word, never through a surrogate pair (the old hard cut could).
        var text = TextCut.Truncate(turn.Text, MaxHistoryTurnLength);
        return (turn.Role == ConversationRole.User ? "Reader: " : "You: ") + text;
    }
}
