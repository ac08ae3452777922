using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Briefing.Bot.Commands;
using Briefing.Bot.Discord;
using Briefing.Conversations;
using Briefing.Discord;
using Briefing.Discord.Gateway;
using Briefing.Discord.Messages.Models;
using Briefing.Discord.Rest;
using Briefing.Library;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Briefing.Bot.Tests.Discord;

/// <summary>A question in a bound thread always gets a reply: the answer, or an apology whose reference is in the log.</summary>
public sealed partial class ThreadMessageHandlerTests : IDisposable
{
    private const ulong BotId = 1290000000000000001;
    private const ulong ThreadId = 1300000000000000500;
    private const ulong QuestionId = 1300000000000000501;
    private const string Secret = "connection string Password=hunter2";
    private readonly FakeTimeProvider _time = new(BotTestHost.Start);
    private readonly Mock<IDiscordRestClient> _rest = new();
    private readonly Mock<IConversationStore> _conversations = new();
    private readonly Mock<IArticleStore> _articles = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly FakeLogger<ThreadMessageHandler> _logger = new();
    private readonly List<(MessagePayload Message, CancellationToken Token)> _posts = [];

    public ThreadMessageHandlerTests()
    {
        _conversations.Setup(store => store.GetThreadArticleAsync(ThreadId, It.IsAny<CancellationToken>())).ReturnsAsync(7L);
        _conversations.Setup(store => store.GetTurnsAsync(ThreadId, It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        // No article behind the binding: the handler's reply is a short line, enough to exercise posting.
        _articles.Setup(store => store.GetAsync(7, It.IsAny<CancellationToken>())).ReturnsAsync((Briefing.Articles.Article?)null);
        PostsAnswer(_ => new DiscordMessage { Id = 1, ChannelId = ThreadId });
    }

    public void Dispose() => _stopping.Dispose();

    private void PostsAnswer(Func<int, DiscordMessage> answer)
    {
        _rest.Setup(client => client.CreateMessageAsync(ThreadId, It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .Returns((ulong _, MessagePayload message, CancellationToken token) =>
            {
                _posts.Add((message, token));
                return Task.FromResult(answer(_posts.Count));
            });
    }

    private ThreadMessageHandler CreateHandler()
    {
        var followUps = new FollowUpHandler(_conversations.Object, _articles.Object, Mock.Of<IQuestionAnswerer>(),
            new UserRateLimiter(_time, Options.Create(new CommandOptions())), _time, Options.Create(new FollowUpOptions()), NullLogger<FollowUpHandler>.Instance);
        var session = Mock.Of<IGatewaySession>(s => s.BotUserId == BotId);
        var lifetime = Mock.Of<IHostApplicationLifetime>(l => l.ApplicationStopping == _stopping.Token);
        return new ThreadMessageHandler(followUps, session, _rest.Object, Options.Create(new DiscordOptions()), lifetime, _time, _logger);
    }

    private static GatewayEvent Question() => new(ThreadMessageHandler.EventName, JsonDocument.Parse($$"""
        {"id":"{{QuestionId}}","channel_id":"{{ThreadId}}","guild_id":"1290000000000000100","type":0,
         "author":{"id":"1290000000000000042","username":"reader","bot":false},"content":"<@{{BotId}}> why?",
         "mentions":[{"id":"{{BotId}}","username":"Briefing","bot":true}]}
        """).RootElement.Clone(), 0);

    private string AssertApology(MessagePayload message)
    {
        var reference = ReferencePattern().Match(message.Content ?? "");
        Assert.True(reference.Success, message.Content);
        Assert.Equal(QuestionId, message.MessageReference?.MessageId);
        Assert.Null(message.Flags);
        Assert.DoesNotContain("hunter2", message.Content, StringComparison.Ordinal);
        return reference.Groups[1].Value;
    }

    private void AssertLogged(string reference) =>
        Assert.Contains(_logger.Collector.GetSnapshot(), log => log.Exception is not null && log.Message.Contains(reference, StringComparison.Ordinal));

    [Fact]
    public async Task A_failure_to_produce_the_answer_gets_an_apology_in_the_thread_with_the_logged_reference()
    {
        _conversations.Setup(store => store.AppendTurnAsync(ThreadId, It.IsAny<ConversationTurn>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException(Secret));

        await CreateHandler().HandleAsync(Question(), CancellationToken.None);

        var reference = AssertApology(Assert.Single(_posts).Message);
        AssertLogged(reference);
    }

    [Fact]
    public async Task A_handler_token_cancelled_by_the_timeout_does_not_stop_the_apology()
    {
        _conversations.Setup(store => store.AppendTurnAsync(ThreadId, It.IsAny<ConversationTurn>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .Returns((ulong _, ConversationTurn _, int _, CancellationToken token) => Task.Delay(Timeout.Infinite, token));
        using var handlerTimeout = new CancellationTokenSource();

        var handling = CreateHandler().HandleAsync(Question(), handlerTimeout.Token);
        await handlerTimeout.CancelAsync();
        await handling;

        var (apology, token) = Assert.Single(_posts);
        AssertLogged(AssertApology(apology));
        Assert.False(token.IsCancellationRequested);
    }

    [Fact]
    public async Task When_the_host_stops_nothing_more_is_posted()
    {
        _conversations.Setup(store => store.AppendTurnAsync(ThreadId, It.IsAny<ConversationTurn>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .Returns((ulong _, ConversationTurn _, int _, CancellationToken token) => Task.Delay(Timeout.Infinite, token));

        var handling = CreateHandler().HandleAsync(Question(), _stopping.Token);
        await _stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => handling);
        Assert.Empty(_posts);
    }

    [Fact]
    public async Task A_refused_answer_is_followed_by_one_apology_and_the_handler_does_not_throw()
    {
        PostsAnswer(call => call == 1
            ? throw new DiscordRestException(HttpStatusCode.Forbidden, 50001, "Missing Access", null, "POST /channels/{channel_id}/messages")
            : new DiscordMessage { Id = 2, ChannelId = ThreadId });

        await CreateHandler().HandleAsync(Question(), CancellationToken.None);

        Assert.Equal(2, _posts.Count);
        Assert.Contains("removed from the library", _posts[0].Message.Content, StringComparison.Ordinal);
        AssertLogged(AssertApology(_posts[1].Message));
    }

    [Fact]
    public async Task An_apology_that_fails_too_is_logged_and_nothing_throws()
    {
        PostsAnswer(_ => throw new DiscordRestException(HttpStatusCode.Forbidden, 50001, "Missing Access", null, "POST /channels/{channel_id}/messages"));

        await CreateHandler().HandleAsync(Question(), CancellationToken.None);

        Assert.Equal(2, _posts.Count);
        var reference = AssertApology(_posts[1].Message);
        Assert.Equal(2, _logger.Collector.GetSnapshot().Count(log => log.Exception is not null && log.Message.Contains(reference, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_rejected_token_is_not_followed_by_an_apology()
    {
        PostsAnswer(_ => throw new DiscordUnauthorizedException("POST /channels/{channel_id}/messages"));

        await CreateHandler().HandleAsync(Question(), CancellationToken.None);

        Assert.Single(_posts);
        Assert.Single(_logger.Collector.GetSnapshot(), log => log.Exception is DiscordUnauthorizedException);
    }

    [GeneratedRegex("Reference: `([0-9A-Fa-f]{8})`")]
    private static partial Regex ReferencePattern();
}
