using Briefing.Conversations;
using Briefing.Tests.Summaries;

namespace Briefing.Tests.Conversations;

public sealed class ExtractiveQuestionAnswererTests
{
    private readonly ExtractiveQuestionAnswerer _answerer = new();

    [Fact]
    public async Task An_answerable_question_quotes_the_right_paragraph()
    {
        var answer = await _answerer.AnswerAsync("Who rides the night ferry?", [TestArticles.Ferry], [], CancellationToken.None);

        Assert.True(answer.Answered);
        Assert.Equal("extractive", answer.Engine);
        var first = answer.Citations[0];
        Assert.Equal(3, first.Paragraph);
        Assert.Equal(7, first.ArticleId);
        Assert.Equal("But the passengers who ride at night are not the passengers who ride by day.", first.Quote);
        Assert.Contains("¶3", answer.Text, StringComparison.Ordinal);
        Assert.All(answer.Citations, citation => Assert.Contains(citation.Quote, TestArticles.Ferry.Paragraphs[citation.Paragraph - 1], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stemming_matches_other_forms_of_the_question_words()
    {
        var answer = await _answerer.AnswerAsync("How long does the night bus take to the hospital?", [TestArticles.Ferry], [], CancellationToken.None);

        Assert.True(answer.Answered);
        Assert.Equal(4, answer.Citations[0].Paragraph);
        Assert.StartsWith("Without the ferry, the trip from Alder Point to the hospital takes 70 minutes", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unanswerable_question_is_answered_plainly_that_the_article_does_not_say()
    {
        var answer = await _answerer.AnswerAsync("What is the ticket price for tourists in summer?", [TestArticles.Ferry], [], CancellationToken.None);

        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
        Assert.StartsWith("The article does not say.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("What is the ticket price for tourists in summer?", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Across_several_articles_the_answer_cites_the_article_that_says_it()
    {
        var answer = await _answerer.AnswerAsync("Why are orchards being cleared after late frosts?", [TestArticles.Ferry, TestArticles.Orchards], [], CancellationToken.None);

        Assert.True(answer.Answered);
        var citation = answer.Citations[0];
        Assert.Equal(9, citation.ArticleId);
        Assert.Equal("Why the valley's orchards are shrinking", citation.ArticleTitle);
        Assert.Contains("Why the valley's orchards are shrinking, ¶", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_of_only_filler_words_is_not_answered()
    {
        var answer = await _answerer.AnswerAsync("What does the author say?", [TestArticles.Ferry], [], CancellationToken.None);

        Assert.False(answer.Answered);
    }
}
