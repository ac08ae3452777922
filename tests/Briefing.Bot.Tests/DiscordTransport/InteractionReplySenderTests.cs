using System.Net;
using Briefing.Bot.Commands;
using Briefing.Bot.DiscordTransport;
using Briefing.Bot.Tests.EndToEnd;
using Briefing.Discord.Interactions;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;
using Briefing.Storage;

namespace Briefing.Bot.Tests.DiscordTransport;

/// <summary>Who sees a reply when the auto-defer guard guessed its visibility before the handler decided.</summary>
public sealed class InteractionReplySenderTests : IAsyncLifetime
{
    private const ulong ApplicationId = 22;
    private const string Token = "tok";
    private readonly ResponderHarness _harness = new(new FakeTimeProvider(BotTestHost.Start));
    private readonly FakeTimeProvider _time;
    private readonly Mock<IDiscordRestClient> _rest;
    // The real conversation store on a temp SQLite file (the host is only its container).
    private BotTestHost _bot = null!;
    /// <summary>Every call on the interaction, in order: "callback 64", "edit hint", "delete", "follow-up 64 hint"...</summary>
    private readonly List<string> _calls = [];
    private readonly FakeLogger<InteractionReplySender> _logger = new();

    public InteractionReplySenderTests()
    {
        _time = _harness.Time;
        _rest = _harness.Rest;
        _rest.Setup(client => client.CreateInteractionResponseAsync(11, Token, It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()))
            .Callback<ulong, string, InteractionResponse, CancellationToken>((_, _, response, _) => _calls.Add($"callback {(int)response.Type} {response.Data?.Flags}".TrimEnd()))
            .Returns(Task.CompletedTask);
        _rest.Setup(client => client.CreateInteractionResponseWithResultAsync(11, Token, It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()))
            .Callback<ulong, string, InteractionResponse, CancellationToken>((_, _, response, _) => _calls.Add($"answer {(int)response.Type} {response.Data?.Flags} {response.Data?.Content}"))
            .ReturnsAsync(new InteractionCallbackResult { Resource = new() { Type = InteractionCallbackType.ChannelMessageWithSource, Message = new DiscordMessage { Id = 900, ChannelId = 5 } } });
        _rest.Setup(client => client.EditOriginalResponseAsync(ApplicationId, Token, It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .Callback<ulong, string, MessagePayload, CancellationToken>((_, _, message, _) => _calls.Add($"edit {message.Flags} {message.Content}"))
            .ReturnsAsync(new DiscordMessage { Id = 900, ChannelId = 5, Flags = 0 });
        _rest.Setup(client => client.DeleteOriginalResponseAsync(ApplicationId, Token, It.IsAny<CancellationToken>()))
            .Callback(() => _calls.Add("delete"))
            .Returns(Task.CompletedTask);
        _rest.Setup(client => client.CreateFollowupMessageAsync(ApplicationId, Token, It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .Callback<ulong, string, MessagePayload, CancellationToken>((_, _, message, _) => _calls.Add($"follow-up {message.Flags} {message.Content}"))
            .ReturnsAsync(new DiscordMessage { Id = 901, ChannelId = 5 });
    }

    public async Task InitializeAsync() => _bot = await BotTestHost.StartAsync(loadDemoLibrary: false);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private InteractionReplySender CreateSender() => _bot.ReplySender(_rest.Object, _time, _logger);

    /// <summary>A responder whose guard has already deferred, with the visibility the catalogue suggested.</summary>
    private async Task<InteractionResponder> AutoDeferredAsync(bool ephemeral)
    {
        var responder = _harness.Create(guildId: 1, channelId: 5);
        responder.AutoDeferEphemeral = ephemeral;
        _time.Advance(TimeSpan.FromSeconds(2));
        await responder.AutoDeferCompletion;
        Assert.True(responder.WasAutoDeferred);
        return responder;
    }

    [Fact]
    public async Task A_private_reply_after_a_public_auto_deferral_deletes_the_original_and_follows_up_ephemerally()
    {
        await using var responder = await AutoDeferredAsync(ephemeral: false);

        await CreateSender().RunAsync(responder, "summarize", _ => Task.FromResult(BotReply.Text("Nothing matches. Try /library add.", ephemeral: true)), CancellationToken.None);

        Assert.Equal(["callback 5", "delete", "follow-up 64 Nothing matches. Try /library add."], _calls);
        _rest.Verify(client => client.EditOriginalResponseAsync(It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Equal(InteractionResponseState.Replied, responder.State);
    }

    [Fact]
    public async Task Every_page_of_a_private_reply_is_an_ephemeral_follow_up()
    {
        await using var responder = await AutoDeferredAsync(ephemeral: false);
        var reply = new BotReply { Ephemeral = true, Messages = [new ReplyMessage { Content = new string('a', 1900) }, new ReplyMessage { Content = "second" }] };

        await CreateSender().RunAsync(responder, "library", _ => Task.FromResult(reply), CancellationToken.None);

        Assert.Equal("delete", _calls[1]);
        Assert.Equal(2, _calls.Count(call => call.StartsWith("follow-up 64 ", StringComparison.Ordinal)));
        Assert.DoesNotContain(_calls, call => call.StartsWith("edit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failure_after_the_delete_apologises_in_an_ephemeral_follow_up_not_in_the_deleted_original()
    {
        var followUps = 0;
        _rest.Setup(client => client.CreateFollowupMessageAsync(ApplicationId, Token, It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .Callback<ulong, string, MessagePayload, CancellationToken>((_, _, message, _) => _calls.Add($"follow-up {message.Flags} {message.Content}"))
            .Returns(() => ++followUps == 1
                ? Task.FromException<DiscordMessage>(new DiscordRestException(HttpStatusCode.InternalServerError, 0, "oops", null, "POST /webhooks/{application_id}/{interaction_token}"))
                : Task.FromResult(new DiscordMessage { Id = 902 }));
        await using var responder = await AutoDeferredAsync(ephemeral: false);

        await CreateSender().RunAsync(responder, "summarize", _ => Task.FromResult(BotReply.Text("private hint", ephemeral: true)), CancellationToken.None);

        Assert.StartsWith("follow-up 64 Sorry, something went wrong on my side. Reference: `", _calls[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(_calls, call => call.StartsWith("edit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_public_reply_after_an_ephemeral_auto_deferral_edits_the_original_and_opens_no_thread()
    {
        await using var responder = await AutoDeferredAsync(ephemeral: true);
        var reply = BotReply.Text("A summary") with { ThreadName = "Discuss: A", ThreadArticleId = 3 };

        await CreateSender().RunAsync(responder, "help", _ => Task.FromResult(reply), CancellationToken.None);

        Assert.Equal(["callback 5 64", "edit  A summary"], _calls);
        _rest.Verify(client => client.StartThreadFromMessageAsync(It.IsAny<ulong>(), It.IsAny<ulong>(), It.IsAny<StartThreadFromMessageRequest>(), It.IsAny<CancellationToken>()), Times.Never);
        // The reply's message (id 900) was never bound to the article as a thread.
        Assert.Null(await _bot.Conversations.GetThreadArticleAsync(900, CancellationToken.None));
    }

    [Fact]
    public async Task A_reply_ready_within_the_budget_is_the_acknowledgement_with_its_own_visibility_and_deletes_nothing()
    {
        await using var responder = _harness.Create();

        await CreateSender().RunAsync(responder, "summarize", _ => Task.FromResult(BotReply.Text("private hint", ephemeral: true)), CancellationToken.None);

        Assert.Equal(["answer 4 64 private hint"], _calls);
        Assert.True(responder.IsOriginalEphemeral);
    }

    [Fact]
    public async Task The_responder_learns_of_the_answer_edit_so_a_later_reply_is_a_follow_up()
    {
        await using var responder = await AutoDeferredAsync(ephemeral: false);

        await CreateSender().RunAsync(responder, "help", _ => Task.FromResult(BotReply.Text("the answer")), CancellationToken.None);
        Assert.Equal(InteractionResponseState.Replied, responder.State);
        await responder.FollowUpAsync(MessagePayload.Text("more"), CancellationToken.None);

        Assert.Equal(["callback 5", "edit  the answer", "follow-up  more"], _calls);
    }

    [Fact]
    public async Task An_answer_edit_that_finds_the_webhook_gone_is_not_retried_by_the_apology()
    {
        _rest.Setup(client => client.EditOriginalResponseAsync(ApplicationId, Token, It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .Callback<ulong, string, MessagePayload, CancellationToken>((_, _, message, _) => _calls.Add($"edit {message.Flags} {message.Content}"))
            .ThrowsAsync(new DiscordRestException(HttpStatusCode.NotFound, 10015, "Unknown Webhook", null, "PATCH /webhooks/{application_id}/{interaction_token}/messages/@original"));
        await using var responder = await AutoDeferredAsync(ephemeral: false);

        await CreateSender().RunAsync(responder, "help", _ => Task.FromResult(BotReply.Text("the answer")), CancellationToken.None);

        // The responder marked the interaction expired on the 404, so no apology is sent to a dead token (each would count
        // toward Discord's invalid-request budget).
        Assert.Equal(InteractionResponseState.Expired, responder.State);
        Assert.Equal(["callback 5", "edit  the answer"], _calls);
    }

    [Fact]
    public async Task A_thread_someone_already_opened_on_the_answer_counts_as_opened_not_as_a_failure()
    {
        _rest.Setup(client => client.StartThreadFromMessageAsync(5, 900, It.IsAny<StartThreadFromMessageRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DiscordRestException(HttpStatusCode.BadRequest, DiscordRestException.ThreadAlreadyExistsCode,
                "A thread has already been created for this message", null, "POST /channels/{channel_id}/messages/{message_id}/threads"));
        var articleId = (await _bot.Services.GetRequiredService<IArticleStore>().SaveAsync(TestArticles.Tides, CancellationToken.None)).ArticleId;
        await using var responder = await AutoDeferredAsync(ephemeral: false);
        var reply = BotReply.Text("A summary") with { ThreadName = "Discuss: Tides", ThreadArticleId = articleId };

        await CreateSender().RunAsync(responder, "summarize", _ => Task.FromResult(reply), CancellationToken.None);

        // The existing thread has the message's id (900), which is bound to the article.
        Assert.Equal(articleId, await _bot.Conversations.GetThreadArticleAsync(900, CancellationToken.None));
        var records = _logger.Collector.GetSnapshot();
        Assert.Contains(records, record => record.Id.Name == "ThreadOpened" && record.Message == $"Opened thread 900 for article {articleId}");
        Assert.DoesNotContain(records, record => record.Level >= LogLevel.Warning);
    }
}
