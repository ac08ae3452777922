using System.Text.Json;
using Briefing.Articles;
using Briefing.Bot.Commands;
using Briefing.Bot.DiscordTransport;
using Briefing.Bot.Tests.EndToEnd;
using Briefing.Conversations;
using Briefing.Discord;
using Briefing.Discord.Gateway;
using Briefing.Discord.Interactions;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;
using Briefing.Storage;
using Microsoft.Extensions.Hosting;

namespace Briefing.Bot.Tests.DiscordTransport;

/// <summary>
/// A direct message holds no threads (Discord refuses with 403 50003): the summary is posted without one, and the
/// direct message itself carries the follow-up questions. Real stores on a temp SQLite file; Discord and the
/// answerer are stand-ins.
/// </summary>
public sealed class DirectMessageTests : IAsyncLifetime
{
    private const ulong ApplicationId = 22;
    private const string Token = "tok";
    private const ulong BotId = 1290000000000000001;
    private const ulong DirectChannel = 1300000000000000700;
    private const ulong ReaderId = 1290000000000000042;
    private ResponderHarness _harness = null!;
    private Mock<IDiscordRestClient> _rest = null!;
    private readonly Mock<IQuestionAnswerer> _answerer = new();
    private BotTestHost _bot = null!;
    private long _articleId;

    public async Task InitializeAsync()
    {
        _bot = await BotTestHost.StartAsync(loadDemoLibrary: false, configure: services => services.AddSingleton(_answerer.Object));
        _harness = new ResponderHarness(_bot.Time);
        _rest = _harness.Rest;
        _articleId = (await _bot.Services.GetRequiredService<IArticleStore>().SaveAsync(TestArticles.Tides, CancellationToken.None)).ArticleId;
        _rest.Setup(client => client.EditOriginalResponseAsync(ApplicationId, Token, It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DiscordMessage { Id = 900, ChannelId = DirectChannel, Flags = 0 });
        _rest.Setup(client => client.CreateInteractionResponseWithResultAsync(11, Token, It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new InteractionCallbackResult { Resource = new() { Message = new DiscordMessage { Id = 900, ChannelId = DirectChannel, Flags = 0 } } });
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private IConversationStore Conversations => _bot.Services.GetRequiredService<IConversationStore>();

    [Fact]
    public async Task A_summary_in_a_direct_message_opens_no_thread_and_binds_the_direct_message_itself()
    {
        var sender = new InteractionReplySender(_rest.Object, Conversations, _bot.Time, Options.Create(new InteractionProgressOptions()), NullLogger<InteractionReplySender>.Instance);
        await using var responder = _harness.Create(channelId: DirectChannel);
        var reply = BotReply.Text("A summary") with { ThreadName = "Discuss: Tides", ThreadArticleId = _articleId };

        await sender.RunAsync(responder, "summarize", _ => Task.FromResult(reply), CancellationToken.None);

        _rest.Verify(client => client.StartThreadFromMessageAsync(It.IsAny<ulong>(), It.IsAny<ulong>(), It.IsAny<StartThreadFromMessageRequest>(), It.IsAny<CancellationToken>()), Times.Never);
        _rest.Verify(client => client.StartForumThreadAsync(It.IsAny<ulong>(), It.IsAny<StartForumThreadRequest>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Equal(_articleId, await Conversations.GetThreadArticleAsync(DirectChannel, CancellationToken.None));
        Assert.Null(await Conversations.GetThreadArticleAsync(900, CancellationToken.None));
    }

    [Fact]
    public async Task A_plain_direct_message_after_a_summary_is_answered_from_that_article_without_a_mention()
    {
        await Conversations.BindThreadAsync(DirectChannel, null, _articleId, BotTestHost.Start, CancellationToken.None);
        var asked = new List<(string Question, IReadOnlyList<Article> Sources)>();
        _answerer.Setup(a => a.AnswerAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<Article>>(), It.IsAny<IReadOnlyList<ConversationTurn>>(), It.IsAny<CancellationToken>()))
            .Callback((string question, IReadOnlyList<Article> sources, IReadOnlyList<ConversationTurn> _, CancellationToken _) => asked.Add((question, sources)))
            .ReturnsAsync(new GroundedAnswer("¶1: “The tide comes in twice a day.”", [], Answered: true, "extractive"));
        var posts = new List<MessagePayload>();
        _rest.Setup(client => client.CreateMessageAsync(DirectChannel, It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .Callback((ulong _, MessagePayload message, CancellationToken _) => posts.Add(message))
            .ReturnsAsync(new DiscordMessage { Id = 2, ChannelId = DirectChannel });
        // Without the Message Content intent, and without a mention: a direct message is said to the bot.
        var handler = new ThreadMessageHandler(_bot.Services.GetRequiredService<FollowUpHandler>(), Mock.Of<IGatewaySession>(s => s.BotUserId == BotId),
            _rest.Object, Options.Create(new DiscordOptions { MessageContent = false }), Mock.Of<IHostApplicationLifetime>(), _bot.Time, NullLogger<ThreadMessageHandler>.Instance);

        await handler.HandleAsync(DirectMessage("why twice a day?"), CancellationToken.None);

        var (question, sources) = Assert.Single(asked);
        Assert.Equal("why twice a day?", question);
        Assert.Equal(_articleId, Assert.Single(sources).Id);
        Assert.Contains("The tide comes in twice a day.", Assert.Single(posts).Embeds![0].Description, StringComparison.Ordinal);
    }

    private static MessageCreate DirectMessage(string text) => MessageCreate.Read(new(MessageCreate.EventName, JsonDocument.Parse($$"""
        {"id":"1300000000000000701","channel_id":"{{DirectChannel}}","type":0,
         "author":{"id":"{{ReaderId}}","username":"reader","bot":false},"content":"{{text}}","mentions":[]}
        """).RootElement.Clone(), 0, DateTimeOffset.UnixEpoch));
}
