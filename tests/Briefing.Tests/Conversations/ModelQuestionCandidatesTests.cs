using Briefing.Conversations;
using Briefing.Tests.Summaries;

namespace Briefing.Tests.Conversations;

/// <summary>Which paragraphs the model is shown when the question's own words are not in the article.</summary>
public sealed class ModelQuestionCandidatesTests
{
    [Fact]
    public async Task A_forward_looking_question_without_a_topic_shows_the_model_the_closing_paragraph()
    {
        await using var server = await FakeOpenAIServer.StartAsync(FakeReply.Json(new
        {
            answer = "That the council keeps the ferry running while it replaces the boats (¶7).",
            answered = true,
            citations = new[] { new { article = 1, paragraph = 7, quote = "the council should keep it running while it replaces the boats" } },
        }));
        await using var provider = ModelTestHost.Build(server);

        var answer = await provider.GetRequiredService<IQuestionAnswerer>().AnswerAsync("What does the author think will happen next?", [TestArticles.Ferry], [], CancellationToken.None);

        var user = Assert.Single(server.Requests).Message("user");
        Assert.Contains("[A1 ¶7] The night ferry is not a luxury", ModelSummarizerTests.Between(user, "<paragraphs_data>", "</paragraphs_data>"), StringComparison.Ordinal);
        Assert.True(answer.Answered);
        Assert.Equal(7, Assert.Single(answer.Citations).Paragraph);
    }

    [Fact]
    public async Task A_bare_why_shows_the_model_the_paragraphs_about_the_previous_question()
    {
        await using var server = await FakeOpenAIServer.StartAsync(FakeReply.Json(new { answer = "The article does not say.", answered = false, citations = Array.Empty<object>() }));
        await using var provider = ModelTestHost.Build(server);
        ConversationTurn[] history =
        [
            new(ConversationRole.User, "Who rides the night ferry?", TestArticles.Fetched),
            new(ConversationRole.Bot, "Mostly shift workers (¶3).", TestArticles.Fetched),
        ];

        await provider.GetRequiredService<IQuestionAnswerer>().AnswerAsync("Why?", [TestArticles.Ferry], history, CancellationToken.None);

        var user = Assert.Single(server.Requests).Message("user");
        Assert.Contains("[A1 ¶3] But the passengers who ride at night", ModelSummarizerTests.Between(user, "<paragraphs_data>", "</paragraphs_data>"), StringComparison.Ordinal);
    }
}
