using Briefing.Conversations;
using Xunit.Abstractions;

namespace Briefing.Tests.Conversations;

/// <summary>
/// The offline answerer over the whole question table: how often the first citation is the paragraph that
/// answers, and how often a question the articles do not answer gets an answer anyway.
/// </summary>
public sealed class AnswerTableTests(ITestOutputHelper output)
{
    private readonly ExtractiveQuestionAnswerer _answerer = new();

    [Fact]
    public async Task Most_answerable_questions_cite_the_right_paragraph_and_no_unanswerable_one_is_answered()
    {
        int answerable = 0, correct = 0, unanswerable = 0, falseAnswers = 0;
        foreach (var row in AnswerFixtures.Table)
        {
            var answer = await _answerer.AnswerAsync(row.Question, row.Sources, [], CancellationToken.None);
            var first = answer.Citations.FirstOrDefault();
            AssertQuotesAreVerbatim(row, answer);
            output.WriteLine($"{(answer.Answered ? $"A{first?.ArticleId}¶{first?.Paragraph}" : "not"),-8} expected {(row.Answerable ? $"A{row.ArticleId}¶{row.Paragraph}" : "not"),-8} {row.Question}");
            if (row.Answerable)
            {
                answerable++;
                correct += answer.Answered && first!.ArticleId == row.ArticleId && first.Paragraph == row.Paragraph ? 1 : 0;
            }
            else
            {
                unanswerable++;
                falseAnswers += answer.Answered ? 1 : 0;
            }
        }

        output.WriteLine($"accuracy {correct}/{answerable}, false answers {falseAnswers}/{unanswerable}");
        Assert.True(correct >= answerable * 0.85, $"only {correct} of {answerable} answerable questions cited the right paragraph");
        Assert.True(falseAnswers <= unanswerable * 0.1, $"{falseAnswers} of {unanswerable} unanswerable questions were answered");
    }

    /// <summary>Every quote is a verbatim run of its paragraph, and an answer quotes three sentences at most.</summary>
    private static void AssertQuotesAreVerbatim(AnswerFixtures.Row row, GroundedAnswer answer)
    {
        foreach (var citation in answer.Citations)
        {
            var article = row.Sources.Single(source => source.Id == citation.ArticleId);
            Assert.Equal(article.Title, citation.ArticleTitle);
            Assert.Contains(citation.Quote, article.Paragraphs[citation.Paragraph - 1], StringComparison.Ordinal);
            Assert.Contains($"¶{citation.Paragraph}: “{citation.Quote}”", answer.Text, StringComparison.Ordinal);
        }

        Assert.InRange(answer.Citations.Sum(citation => Briefing.Models.PlainText.Sentences(citation.Quote).Count()), 0, 3);
    }
}
