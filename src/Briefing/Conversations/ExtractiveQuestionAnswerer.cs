using Briefing.Articles;
using Briefing.Conversations.Ranking;
using Briefing.Summaries;
using Briefing.Summaries.Model;

namespace Briefing.Conversations;

/// <summary>
/// The offline answerer: ranks the sources' paragraphs against the question with BM25, and answers with
/// the best-matching sentence of the top paragraphs, quoted verbatim with their ¶ numbers. When no
/// paragraph carries enough of the question's weight it says plainly that the article does not say.
/// </summary>
public sealed class ExtractiveQuestionAnswerer : IQuestionAnswerer
{
    /// <summary>Share of the question's IDF weight the best paragraph must contain to count as an answer.</summary>
    public const double MinCoverage = 0.34;

    private const int MaxCitations = 3;
    private const double CloseScore = 0.6;
    private const int MaxEchoedQuestion = 200;

    public Task<GroundedAnswer> AnswerAsync(string question, IReadOnlyList<Article> sources, IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(sources);
        cancellationToken.ThrowIfCancellationRequested();

        var ranked = ParagraphRanker.Rank(question, sources);
        var best = ranked.FirstOrDefault();
        if (best is null || best.Coverage < MinCoverage)
        {
            return Task.FromResult(new GroundedAnswer(NotAnsweredText(question, sources.Count), [], Answered: false, SummaryService.ExtractiveEngine));
        }

        var terms = new Terms(sources[0].Language);
        var queryTerms = terms.Of(question).ToHashSet(StringComparer.Ordinal);
        var citations = ranked
            .Where(paragraph => paragraph.Coverage >= MinCoverage && paragraph.Score >= best.Score * CloseScore)
            .Take(MaxCitations)
            .Select(paragraph => new Citation(
                sources[paragraph.Source].Id,
                sources[paragraph.Source].Title,
                paragraph.Paragraph,
                BestSentence(paragraph.Text, terms, queryTerms)))
            .ToList();
        var lines = citations.Select(citation => citation.ArticleId == sources[0].Id
            ? $"¶{citation.Paragraph}: “{citation.Quote}”"
            : $"{citation.ArticleTitle}, ¶{citation.Paragraph}: “{citation.Quote}”");
        return Task.FromResult(new GroundedAnswer(string.Join('\n', lines), citations, Answered: true, SummaryService.ExtractiveEngine));
    }

    /// <summary>The plain answer when the sources do not address the question (shared with the model path).</summary>
    internal static string NotAnsweredText(string question, int sourceCount)
    {
        var echoed = PlainText.CollapseWhitespace(question);
        echoed = echoed.Length > MaxEchoedQuestion ? echoed[..MaxEchoedQuestion] + "…" : echoed;
        return sourceCount > 1
            ? $"The articles do not say. None of their paragraphs answers “{echoed}”."
            : $"The article does not say. None of its paragraphs answers “{echoed}”.";
    }

    /// <summary>The sentence with the most question terms; the earliest wins a tie (it usually states, the next ones elaborate).</summary>
    private static string BestSentence(string paragraph, Terms terms, HashSet<string> queryTerms) =>
        PlainText.Sentences(paragraph)
            .Select((sentence, index) => (sentence, index, hits: terms.Of(sentence).Distinct().Count(queryTerms.Contains)))
            .OrderByDescending(candidate => candidate.hits)
            .ThenBy(candidate => candidate.index)
            .First().sentence;
}
