using Briefing.Conversations;
using Briefing.Tests.Summaries;

namespace Briefing.Tests.Conversations;

/// <summary>How the offline answerer reads a question: framing words, the kind of answer asked for, and honesty.</summary>
public sealed class QuestionReadingTests
{
    private readonly ExtractiveQuestionAnswerer _answerer = new();

    [Fact]
    public async Task Framing_words_the_article_never_uses_do_not_stop_an_answer()
    {
        var answer = await _answerer.AnswerAsync("Why is dredging important?", [AnswerFixtures.Oysters], [], CancellationToken.None);

        Assert.True(answer.Answered);
        Assert.Equal(2, answer.Citations[0].Paragraph);
        Assert.Contains("since dredges tear up the shell reefs", answer.Citations[0].Quote, StringComparison.Ordinal);
        Assert.StartsWith("The article explains it this way:\n¶2: “", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_is_the_price_asks_for_the_figure_not_for_the_sentence_that_repeats_the_words()
    {
        var article = TestArticles.Make(41, "A levy on imported steel", "hash-levy",
            "The carbon price is the heart of the climate plan, and the carbon price is what the levy protects.",
            "Domestic mills pay 70 euros per tonne under the carbon price today.",
            "Critics say the levy invites retaliation.");

        var answer = await _answerer.AnswerAsync("What is the carbon price?", [article], [], CancellationToken.None);

        Assert.True(answer.Answered);
        Assert.Equal(2, answer.Citations[0].Paragraph);
        Assert.Contains("70 euros per tonne", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_sentence_that_announces_the_point_is_quoted_with_the_explanation_after_it()
    {
        var answer = await _answerer.AnswerAsync("Why does the delay matter?", [AnswerFixtures.Tram], [], CancellationToken.None);

        var citation = answer.Citations[0];
        Assert.Equal(4, citation.Paragraph);
        Assert.Equal(AnswerFixtures.Tram.Paragraphs[3], citation.Quote);
    }

    [Fact]
    public async Task A_question_about_what_comes_next_finds_the_forward_looking_conclusion()
    {
        var answer = await _answerer.AnswerAsync("What does the author think will happen next?", [AnswerFixtures.Oysters], [], CancellationToken.None);

        Assert.True(answer.Answered);
        Assert.Equal(6, Assert.Single(answer.Citations).Paragraph);
        Assert.StartsWith("What the article expects:\n¶6: “If the bay is fished as it is now, there may be no commercial harvest", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_the_author_recommends_is_the_position_the_article_closes_on()
    {
        var answer = await _answerer.AnswerAsync("What does the author recommend?", [AnswerFixtures.SchoolWeek], [], CancellationToken.None);

        Assert.Equal(6, answer.Citations[0].Paragraph);
        Assert.StartsWith("The author's position:", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_is_answered_with_the_sentence_that_carries_the_date()
    {
        var answer = await _answerer.AnswerAsync("When does the east terminal open?", [AnswerFixtures.Tram], [], CancellationToken.None);

        var citation = Assert.Single(answer.Citations);
        Assert.Equal(3, citation.Paragraph);
        Assert.Contains("opens in 2029", citation.Quote, StringComparison.Ordinal);
        Assert.StartsWith("¶3: “", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("When was the marine institute founded?")]
    [InlineData("How many fishers work in the bay?")]
    [InlineData("Who won the football match?")]
    [InlineData("Why is the weather important?")]
    public async Task A_question_on_the_topic_that_the_article_does_not_answer_is_told_so(string question)
    {
        var answer = await _answerer.AnswerAsync(question, [AnswerFixtures.Oysters], [], CancellationToken.None);

        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
        Assert.StartsWith("The article does not say.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_article_is_cited_first_and_every_line_names_its_article()
    {
        var bound = TestArticles.Make(201, "Cycle lanes in the old town", "hash-lanes-1",
            "Since the council painted cycle lanes on the bridge road, cycle lanes have cut car traffic in the old town by a fifth, and shop owners now want more of them.");
        var other = TestArticles.Make(202, "Harbour district traffic", "hash-lanes-2",
            "Cycle lanes cut car traffic.",
            "The harbour district will vote on its own scheme in May.");

        var answer = await _answerer.AnswerAsync("Did the cycle lanes cut car traffic?", [bound, other], [], CancellationToken.None);

        Assert.Equal([201L, 202L], answer.Citations.Select(citation => citation.ArticleId));
        var lines = answer.Text.Split('\n');
        Assert.StartsWith("Cycle lanes in the old town, ¶1: “", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Harbour district traffic, ¶1: “Cycle lanes cut car traffic.”", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bare_why_in_a_thread_asks_about_the_readers_previous_question()
    {
        ConversationTurn[] history =
        [
            new(ConversationRole.User, "Did recruitment improve?", TestArticles.Fetched),
            new(ConversationRole.Bot, "¶3: “Recruitment did improve.”", TestArticles.Fetched),
        ];

        var answer = await _answerer.AnswerAsync("Why?", [AnswerFixtures.SchoolWeek], history, CancellationToken.None);

        var citation = Assert.Single(answer.Citations);
        Assert.Equal(3, citation.Paragraph);
        Assert.StartsWith("Recruitment did improve. Principal Tomas Okafor says", citation.Quote, StringComparison.Ordinal);
        Assert.Contains("because a long weekend is a benefit", citation.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Why?")]
    [InlineData("Who?")]
    [InlineData("When?")]
    public async Task A_bare_question_word_without_an_earlier_question_is_not_answered(string question)
    {
        var answer = await _answerer.AnswerAsync(question, [AnswerFixtures.Tram], [], CancellationToken.None);

        Assert.False(answer.Answered);
    }

    [Theory]
    [InlineData("What is the main argument?")]
    [InlineData("What is the thesis?")]
    [InlineData("What's the author's conclusion?")]
    public async Task A_question_about_the_argument_itself_is_answered_with_the_thesis(string question)
    {
        var answer = await _answerer.AnswerAsync(question, [AnswerFixtures.SchoolWeek], [], CancellationToken.None);

        Assert.True(answer.Answered);
        Assert.StartsWith("The author's position:", answer.Text, StringComparison.Ordinal);
        Assert.StartsWith("Districts should keep the shorter week only where they fund a Friday programme", answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}
