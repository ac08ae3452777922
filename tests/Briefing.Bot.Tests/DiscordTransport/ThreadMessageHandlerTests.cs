using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Briefing.Articles;
using Briefing.Bot.Commands;
using Briefing.Bot.DiscordTransport;
using Briefing.Bot.Tests.EndToEnd;
using Briefing.Conversations;
using Briefing.Discord;
using Briefing.Discord.Gateway;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;
using Briefing.Storage;
using Microsoft.Extensions.Hosting;

namespace Briefing.Bot.Tests.DiscordTransport;

/// <summary>
/// A question in a bound thread always gets a reply: the answer, or an apology whose reference is in the log. The
/// thread, its article and the conversation live in the real stores (a temp SQLite file); only Discord's REST client
/// and the question answerer (the language model's seat) are stand-ins.
/// </summary>
public sealed partial class ThreadMessageHandlerTests : IAsyncLifetime
{
    private const ulong BotId = 1290000000000000001;
    private const ulong GuildId = 1290000000000000100;
    private const ulong ThreadId = 1300000000000000500;
    private const ulong QuestionId = 1300000000000000501;
    private const string Secret = "connection string Password=hunter2";
    private const string AnswerText = "¶1: “The tide comes in twice a day.”";
    private readonly Mock<IDiscordRestClient> _rest = new();
    private readonly Mock<IQuestionAnswerer> _answerer = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly FakeLogger<ThreadMessageHandler> _logger = new();
    private readonly List<(MessagePayload Message, CancellationToken Token)> _posts = [];
    private BotTestHost _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotTestHost.StartAsync(loadDemoLibrary: false, configure: services => services.AddSingleton(_answerer.Object));
        var articleId = (await _bot.Services.GetRequiredService<IArticleStore>().SaveAsync(TestArticles.Tides, CancellationToken.None)).ArticleId;
        await _bot.Services.GetRequiredService<IConversationStore>().BindThreadAsync(ThreadId, GuildId, articleId, BotTestHost.Start, CancellationToken.None);
        Answers(_ => Task.FromResult(new GroundedAnswer(AnswerText, [], Answered: true, "extractive")));
        PostsAnswer(_ => new DiscordMessage { Id = 1, ChannelId = ThreadId });
    }

    public async Task DisposeAsync()
    {
        _stopping.Dispose();
        await _bot.DisposeAsync();
    }

    private void Answers(Func<CancellationToken, Task<GroundedAnswer>> answer) =>
        _answerer.Setup(a => a.AnswerAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<Article>>(), It.IsAny<IReadOnlyList<ConversationTurn>>(), It.IsAny<CancellationToken>()))
            .Returns((string _, IReadOnlyList<Article> _, IReadOnlyList<ConversationTurn> _, CancellationToken token) => answer(token));

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
        var session = Mock.Of<IGatewaySession>(s => s.BotUserId == BotId);
        var lifetime = Mock.Of<IHostApplicationLifetime>(l => l.ApplicationStopping == _stopping.Token);
        return new ThreadMessageHandler(_bot.Services.GetRequiredService<FollowUpHandler>(), session, _rest.Object,
            Options.Create(new DiscordOptions()), lifetime, _bot.Time, _logger);
    }

    private static MessageCreate Question() => MessageCreate.Read(new(MessageCreate.EventName, JsonDocument.Parse($$"""
        {"id":"{{QuestionId}}","channel_id":"{{ThreadId}}","guild_id":"1290000000000000100","type":0,
         "author":{"id":"1290000000000000042","username":"reader","bot":false},"content":"<@{{BotId}}> why?",
         "mentions":[{"id":"{{BotId}}","username":"Briefing","bot":true}]}
        """).RootElement.Clone(), 0, DateTimeOffset.UnixEpoch));

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
        Assert.Contains(_logger.Collector.GetSnapshot().Concat(_bot.Logs.GetSnapshot()),
            log => log.Exception is not null && log.Message.Contains(reference, StringComparison.Ordinal));

    [Fact]
    public async Task A_failure_to_produce_the_answer_gets_an_apology_in_the_thread_with_the_logged_reference()
    {
        Answers(_ => throw new InvalidOperationException(Secret));

        await CreateHandler().HandleAsync(Question(), CancellationToken.None);

        var reference = AssertApology(Assert.Single(_posts).Message);
        AssertLogged(reference);
    }

    [Fact]
    public async Task A_handler_token_cancelled_by_the_timeout_does_not_stop_the_apology()
    {
        Answers(async token =>
        {
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        });
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
        Answers(async token =>
        {
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        });

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
        Assert.Contains("The tide comes in twice a day.", _posts[0].Message.Embeds![0].Description, StringComparison.Ordinal);
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
