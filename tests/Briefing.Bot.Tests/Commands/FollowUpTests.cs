using Briefing.Articles;
using Briefing.Bot.Commands;
using Briefing.Conversations;

namespace Briefing.Bot.Tests.Commands;

public sealed class FollowUpTests
{
    private const ulong Thread = 5_000;

    private static async Task<long> OpenThreadAsync(BotTestHost bot, string query)
    {
        var reply = await bot.Dispatcher.DispatchAsync(BotTestHost.Invocation("summarize", options: ("query", query)), CancellationToken.None);
        var articleId = reply.ThreadArticleId!.Value;
        // What the transport does after posting the reply: open the thread and bind it.
        await bot.Services.GetRequiredService<IConversationStore>().BindThreadAsync(Thread, 1, articleId, bot.Time.GetUtcNow(), CancellationToken.None);
        return articleId;
    }

    [Fact]
    public async Task A_question_in_the_thread_gets_a_grounded_answer_citing_paragraphs()
    {
        await using var bot = await BotTestHost.StartAsync();
        await OpenThreadAsync(bot, "north korea");
        var followUps = bot.Services.GetRequiredService<FollowUpHandler>();

        var reply = await followUps.AnswerNowAsync(new ThreadMessage(Thread, 1, 10, "What are the allies advised to plan for?"), CancellationToken.None);

        var card = Assert.Single(Assert.Single(reply!.Messages).Cards);
        Assert.Matches(@"¶\d+: “[^”]+”", card.Description);
        Assert.Contains("long wait", card.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_cited_paragraph_of_an_answer_starts_a_line_of_its_own()
    {
        await using var bot = await BotTestHost.StartAsync();
        await OpenThreadAsync(bot, "north korea");
        var followUps = bot.Services.GetRequiredService<FollowUpHandler>();

        var reply = await followUps.AnswerNowAsync(new ThreadMessage(Thread, 1, 10, "Why does the timing matter?"), CancellationToken.None);

        var description = Assert.Single(Assert.Single(reply!.Messages).Cards).Description!;
        Assert.Matches(@"^[^\n]+:\n¶\d+: “", description);
    }

    [Fact]
    public async Task A_question_the_article_does_not_answer_is_told_so_plainly()
    {
        await using var bot = await BotTestHost.StartAsync();
        await OpenThreadAsync(bot, "north korea");

        var reply = await bot.Services.GetRequiredService<FollowUpHandler>()
            .AnswerNowAsync(new ThreadMessage(Thread, 1, 10, "What does it say about penguin migration in Antarctica?"), CancellationToken.None);

        Assert.StartsWith("The article does not say.", Assert.Single(Assert.Single(reply!.Messages).Cards).Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_outside_bound_threads_are_ignored()
    {
        await using var bot = await BotTestHost.StartAsync();

        var reply = await bot.Services.GetRequiredService<FollowUpHandler>()
            .HandleAsync(new ThreadMessage(777, 1, 10, "hello?"), CancellationToken.None);

        Assert.Null(reply);
    }

    [Fact]
    public async Task A_burst_gets_one_answer_covering_every_message_and_leaves_no_entry_behind()
    {
        var questions = new List<string>();
        var model = new Mock<IQuestionAnswerer>();
        model.Setup(m => m.AnswerAsync(Capture.In(questions), It.IsAny<IReadOnlyList<Article>>(), It.IsAny<IReadOnlyList<ConversationTurn>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, IReadOnlyList<Article> sources, IReadOnlyList<ConversationTurn> _, CancellationToken _) =>
                new GroundedAnswer("It waits.", [new Citation(sources[0].Id, sources[0].Title, 7, "North Korea is playing out the clock")], true, "model:fake"));
        await using var bot = await BotTestHost.StartAsync(
            configuration: new Dictionary<string, string?> { ["FollowUps:Debounce"] = "00:00:02" },
            configure: services => services.AddSingleton(model.Object));
        await OpenThreadAsync(bot, "north korea");
        var followUps = bot.Services.GetRequiredService<FollowUpHandler>();

        var first = followUps.HandleAsync(new ThreadMessage(Thread, 1, 10, "Why now?"), CancellationToken.None);
        var second = followUps.HandleAsync(new ThreadMessage(Thread, 1, 10, "And what about the elections?"), CancellationToken.None);
        // Both messages are stored before any debounce time passes; then the clock moves until the burst is answered.
        var conversations = bot.Services.GetRequiredService<IConversationStore>();
        await PollAsync(async () => (await conversations.GetTurnsAsync(Thread, 10, CancellationToken.None)).Count == 2);
        await PollAsync(() =>
        {
            bot.Time.Advance(TimeSpan.FromMilliseconds(500));
            return Task.FromResult(first.IsCompleted && second.IsCompleted);
        });

        Assert.Null(await first);
        var answer = await second;
        Assert.Single(questions);
        Assert.Equal("Why now?\nAnd what about the elections?", questions[0]);
        var card = Assert.Single(Assert.Single(answer!.Messages).Cards);
        Assert.Equal("It waits.", card.Description);
        Assert.Equal("“North Korea is playing out the clock” (¶7)", Assert.Single(card.Fields).Value);
        // The per-thread burst state lives only while a burst is in flight: a thread that went quiet costs nothing.
        Assert.Equal(0, followUps.PendingThreads);
    }

    [Fact]
    public async Task Questions_addressed_to_the_bot_each_get_their_own_answer_at_once()
    {
        var questions = new List<string>();
        var model = new Mock<IQuestionAnswerer>();
        model.Setup(m => m.AnswerAsync(Capture.In(questions), It.IsAny<IReadOnlyList<Article>>(), It.IsAny<IReadOnlyList<ConversationTurn>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string question, IReadOnlyList<Article> sources, IReadOnlyList<ConversationTurn> _, CancellationToken _) =>
                new GroundedAnswer("About: " + question, [new Citation(sources[0].Id, sources[0].Title, 4, "The timing matters too.")], true, "model:fake"));
        await using var bot = await BotTestHost.StartAsync(
            configuration: new Dictionary<string, string?> { ["FollowUps:Debounce"] = "00:00:02" },
            configure: services => services.AddSingleton(model.Object));
        await OpenThreadAsync(bot, "north korea");
        var followUps = bot.Services.GetRequiredService<FollowUpHandler>();

        // No clock advance: mentions are explicit questions and do not wait for the debounce.
        var first = await followUps.HandleAsync(new ThreadMessage(Thread, 1, 10, "Why now?", AddressedToBot: true), CancellationToken.None);
        var second = await followUps.HandleAsync(new ThreadMessage(Thread, 1, 10, "And the elections?", AddressedToBot: true), CancellationToken.None);

        Assert.Equal(["Why now?", "And the elections?"], questions);
        Assert.Equal("About: Why now?", Assert.Single(Assert.Single(first!.Messages).Cards).Description);
        Assert.Equal("About: And the elections?", Assert.Single(Assert.Single(second!.Messages).Cards).Description);
    }

    [Fact]
    public async Task The_thread_history_survives_a_restart()
    {
        using var folder = TempDirectory.Create("bot");
        await using (var bot = await BotTestHost.StartAsync(folder: folder.Path))
        {
            await OpenThreadAsync(bot, "north korea");
            await bot.Services.GetRequiredService<FollowUpHandler>().AnswerNowAsync(new ThreadMessage(Thread, 1, 10, "What are the allies advised to plan for?"), CancellationToken.None);
        }

        var history = new List<IReadOnlyList<ConversationTurn>>();
        var model = new Mock<IQuestionAnswerer>();
        model.Setup(m => m.AnswerAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<Article>>(), Capture.In(history), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GroundedAnswer("Sanctions are not discussed.", [], false, "model:fake"));
        await using var restarted = await BotTestHost.StartAsync(folder: folder.Path, configure: services => services.AddSingleton(model.Object));

        var reply = await restarted.Services.GetRequiredService<FollowUpHandler>().AnswerNowAsync(new ThreadMessage(Thread, 1, 10, "And sanctions?"), CancellationToken.None);

        var earlier = Assert.Single(history);
        Assert.Equal([ConversationRole.User, ConversationRole.Bot], earlier.Select(t => t.Role));
        Assert.Equal("What are the allies advised to plan for?", earlier[0].Text);
        Assert.Equal("The article does not say. Sanctions are not discussed.", Assert.Single(Assert.Single(reply!.Messages).Cards).Description);
    }

    /// <summary>Re-checks a condition (bounded, 10 s of real time) while background continuations run.</summary>
    private static async Task PollAsync(Func<Task<bool>> condition)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(10);
        while (!await condition())
        {
            Assert.True(TimeProvider.System.GetUtcNow() < deadline, "condition not reached within 10 s");
            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System);
        }
    }
}
