using Briefing.Bot.Commands;
using Briefing.Bot.DiscordTransport;
using Briefing.Bot.Tests.EndToEnd;
using Briefing.Discord.Interactions;
using Briefing.Discord.Models;
using Briefing.Storage;

namespace Briefing.Bot.Tests.DiscordTransport;

/// <summary>
/// The acknowledgement is decided within the ack budget (150 ms from arrival): an answer ready by then is the
/// acknowledgement itself (one type-4 request, nothing after); a slower one gets the deferral at the budget's end and
/// then edits it. On a fake clock: nothing here sleeps.
/// </summary>
public sealed class AckFirstReplyTests : IAsyncLifetime
{
    // The shared responder harness on the bot host's clock; the setups below replace its recording with timed lines.
    private readonly ResponderHarness _harness = new(new FakeTimeProvider(BotTestHost.Start));
    private readonly List<string> _calls = [];
    private readonly FakeLogger<InteractionReplySender> _logger = new();
    private BotTestHost _bot = null!;

    public AckFirstReplyTests()
    {
        _harness.Rest.Setup(client => client.CreateInteractionResponseAsync(ResponderHarness.InteractionId, ResponderHarness.Token, It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()))
            .Callback<ulong, string, InteractionResponse, CancellationToken>((_, _, response, _) => _calls.Add($"callback {(int)response.Type} at {Elapsed}"))
            .Returns(Task.CompletedTask);
        _harness.Rest.Setup(client => client.CreateInteractionResponseWithResultAsync(ResponderHarness.InteractionId, ResponderHarness.Token, It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()))
            .Callback<ulong, string, InteractionResponse, CancellationToken>((_, _, response, _) => _calls.Add($"callback {(int)response.Type} at {Elapsed}: {response.Data?.Content}"))
            .ReturnsAsync(new InteractionCallbackResult { Resource = new() { Type = InteractionCallbackType.ChannelMessageWithSource, Message = new DiscordMessage { Id = 900, ChannelId = 5 } } });
        _harness.Rest.Setup(client => client.EditOriginalResponseAsync(ResponderHarness.ApplicationId, ResponderHarness.Token, It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .Callback<ulong, string, MessagePayload, CancellationToken>((_, _, message, _) => _calls.Add($"edit at {Elapsed}: {message.Content}"))
            .ReturnsAsync(new DiscordMessage { Id = 900, ChannelId = 5 });
        _harness.Rest.Setup(client => client.StartThreadFromMessageAsync(5, 900, It.IsAny<StartThreadFromMessageRequest>(), It.IsAny<CancellationToken>()))
            .Callback(() => _calls.Add("thread from 900"))
            .ReturnsAsync(new DiscordChannel { Id = 900 });
    }

    private int Elapsed => (int)(_harness.Time.GetUtcNow() - BotTestHost.Start).TotalMilliseconds;

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync(loadDemoLibrary: false);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private InteractionReplySender CreateSender() => _bot.ReplySender(_harness.Rest.Object, _harness.Time, _logger);

    private InteractionResponder Arrived() => _harness.Create(receivedAt: _harness.Time.GetUtcNow(), guildId: 1, channelId: 5);

    [Fact]
    public async Task A_fast_handler_answers_in_one_type_4_callback_with_no_edit_and_its_thread_starts_from_that_message()
    {
        var articleId = (await _bot.Services.GetRequiredService<IArticleStore>().SaveAsync(TestArticles.Tides, CancellationToken.None)).ArticleId;
        await using var responder = Arrived();
        var reply = BotReply.Text("The tide comes in twice a day.") with { ThreadName = "Discuss: Tides", ThreadArticleId = articleId };

        await CreateSender().RunAsync(responder, "summarize", async ct =>
        {
            _harness.Time.Advance(TimeSpan.FromMilliseconds(40));
            await Task.Yield();
            return reply;
        }, CancellationToken.None);
        _harness.Time.Advance(TimeSpan.FromSeconds(5));
        await responder.AutoDeferCompletion;

        Assert.DoesNotContain(_logger.Collector.GetSnapshot(), log => log.Exception is not null);
        Assert.Equal(["callback 4 at 40: The tide comes in twice a day.", "thread from 900"], _calls);
        Assert.Equal(articleId, await _bot.Conversations.GetThreadArticleAsync(900, CancellationToken.None));
    }

    [Fact]
    public async Task A_slow_handler_gets_the_deferral_at_the_budgets_end_then_its_answer_edits_it()
    {
        await using var responder = Arrived();
        var slowWork = new TaskCompletionSource<BotReply>(TaskCreationOptions.RunContinuationsAsynchronously);

        var running = CreateSender().RunAsync(responder, "summarize", _ => slowWork.Task, CancellationToken.None);
        _harness.Time.Advance(TimeSpan.FromMilliseconds(149));
        Assert.Empty(_calls);
        _harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        await responder.AutoDeferCompletion;
        // Acknowledged while the handler is still busy (the database, the model): nothing slow decides the ack.
        Assert.Equal(["callback 5 at 150"], _calls);

        _harness.Time.Advance(TimeSpan.FromMilliseconds(650));
        slowWork.SetResult(BotReply.Text("the late answer"));
        await running;

        Assert.Equal(["callback 5 at 150", "edit at 800: the late answer"], _calls);
        _harness.Rest.Verify(client => client.CreateInteractionResponseWithResultAsync(It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()),
            Times.Never);
    }
}
