using System.Text.RegularExpressions;
using Briefing.Articles;
using Briefing.Bot.Tests.FakeDiscord;
using Briefing.Conversations;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>Seen from Discord: a follow-up in a thread that fails still gets a reply, an apology whose reference is in the log.</summary>
public sealed partial class ThreadFailureFlowTests : FakeDiscordTest
{
    private const string Secret = "upstream said: api key sk-test-123 rejected";

    private static Mock<IQuestionAnswerer> Answerer(Func<CancellationToken, Task<GroundedAnswer>> answer)
    {
        var answerer = new Mock<IQuestionAnswerer>();
        answerer.Setup(a => a.AnswerAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<Article>>(), It.IsAny<IReadOnlyList<ConversationTurn>>(), It.IsAny<CancellationToken>()))
            .Returns((string _, IReadOnlyList<Article> _, IReadOnlyList<ConversationTurn> _, CancellationToken token) => answer(token));
        return answerer;
    }

    private async Task<ulong> BoundThreadAsync(BotOnFakeDiscord bot)
    {
        var articleId = await bot.AddArticleAsync(TestArticles.Tides);
        var thread = FakeDiscordIds.NewId();
        DiscordServer.World.CreateThread(FakeDiscordIds.Channel, thread, "Discuss: tides");
        await bot.Service<IConversationStore>().BindThreadAsync(thread, FakeDiscordIds.Guild, articleId, DateTimeOffset.UtcNow, CancellationToken.None);
        return thread;
    }

    /// <summary>Asks in the thread and returns the question and the bot's apology posted there.</summary>
    private async Task<(string QuestionId, RecordedRequest Apology)> AskAndAwaitApologyAsync(ulong thread)
    {
        var question = await DiscordServer.SendUserMessageAsync(thread, $"<@{FakeDiscordIds.Application}> what do critics say about satellites?", CancellationToken.None);
        var apology = await DiscordServer.WaitForRequestAsync(r => r.Is("POST", DiscordBodies.ChannelMessages) && r.Path == $"/channels/{thread}/messages"
            && r.Status == 200 && ReferencePattern().IsMatch(DiscordBodies.VisibleText(r.Body)), Timeout);
        return ((string)question["id"]!, apology);
    }

    private static void AssertApologyLogged(BotOnFakeDiscord bot, string questionId, RecordedRequest apology)
    {
        var text = DiscordBodies.VisibleText(apology.Body);
        var reference = ReferencePattern().Match(text).Groups[1].Value;
        Assert.Equal(questionId, (string?)apology.BodyObject!["message_reference"]!["message_id"]);
        Assert.DoesNotContain("sk-test", text, StringComparison.Ordinal);
        Assert.Contains(bot.Logs.GetSnapshot(), log => log.Exception is not null && log.Message.Contains(reference, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_follow_up_whose_answerer_throws_gets_an_apology_in_the_thread_with_the_logged_reference()
    {
        var answerer = Answerer(_ => throw new InvalidOperationException(Secret));
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath, configure: services => services.AddSingleton(answerer.Object));
        var thread = await BoundThreadAsync(bot);

        var (questionId, apology) = await AskAndAwaitApologyAsync(thread);

        AssertApologyLogged(bot, questionId, apology);
    }

    [Fact]
    public async Task A_follow_up_cut_off_by_the_handler_timeout_still_gets_an_apology()
    {
        var answerer = Answerer(async token =>
        {
            await Task.Delay(System.Threading.Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        });
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath,
            settings: new Dictionary<string, string?> { ["Discord:Gateway:HandlerTimeout"] = "00:00:01" },
            configure: services => services.AddSingleton(answerer.Object));
        var thread = await BoundThreadAsync(bot);

        var (questionId, apology) = await AskAndAwaitApologyAsync(thread);

        AssertApologyLogged(bot, questionId, apology);
    }

    [Fact]
    public async Task An_answer_Discord_refuses_is_followed_by_an_apology_and_the_handler_does_not_fail()
    {
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath);
        var thread = await BoundThreadAsync(bot);
        DiscordServer.Faults.FailNext("POST", DiscordBodies.ChannelMessages, 403, 50001);

        var (questionId, apology) = await AskAndAwaitApologyAsync(thread);

        AssertApologyLogged(bot, questionId, apology);
        Assert.Equal(403, DiscordServer.Requests.First(r => r.Is("POST", DiscordBodies.ChannelMessages) && r.Path == $"/channels/{thread}/messages").Status);
        Assert.DoesNotContain(bot.Logs.GetSnapshot(), log => log.Category?.EndsWith("GatewayEventDispatcher", StringComparison.Ordinal) == true);
    }

    [GeneratedRegex("Reference: `([0-9A-Fa-f]{8})`")]
    private static partial Regex ReferencePattern();
}
