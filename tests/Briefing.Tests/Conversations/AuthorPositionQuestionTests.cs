using Briefing.Conversations;
using Briefing.Tests.Summaries.Extractive;

namespace Briefing.Tests.Conversations;

/// <summary>Questions about the author's side asked the way readers ask them: "why does the author disagree?", "what should X have done?".</summary>
public sealed class AuthorPositionQuestionTests
{
    private static readonly Briefing.Articles.Article Column = ExtractiveFixtures.Make(
        "The ferry fare rise came too early",
        "en",
        "The island council raised ferry fares by a tenth on Wednesday. \"Crossings are back to their old numbers,\" the council leader told reporters.",
        "The ticket counts say otherwise. Winter crossings are still a fifth below their level of three years ago.",
        "Freight tells a similar story. Lorry bookings fell in each of the last four months.",
        "The council should have waited for the summer figures before asking islanders to pay more.");

    private readonly ExtractiveQuestionAnswerer _answerer = new();

    [Theory]
    [InlineData("What should the council have done?")]
    [InlineData("Why does the author disagree?")]
    public async Task A_question_about_the_authors_side_is_answered_from_the_article(string question)
    {
        var answer = await _answerer.AnswerAsync(question, [Column], [], CancellationToken.None);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(answer.Citations, c => c.Paragraph == 4 || c.Paragraph == 2);
    }
}
