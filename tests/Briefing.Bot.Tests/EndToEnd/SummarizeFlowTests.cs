using Briefing.Bot.Tests.FakeDiscord;
using Briefing.Conversations;
using Briefing.Discord.Limits;
using Briefing.Storage;
using Briefing.Summaries;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>/summarize end to end: ack, summary embed, thread, a follow-up answered with a citation, no reply loops.</summary>
public sealed class SummarizeFlowTests : FakeDiscordTest
{
    [Fact]
    public async Task Summarize_acks_in_time_posts_the_thesis_opens_a_bound_thread_and_answers_a_mention_with_a_citation()
    {
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath);
        var articleId = await bot.AddArticleAsync(TestArticles.Bridges);
        await bot.AddArticleAsync(TestArticles.Tides);
        var article = await bot.Service<IArticleStore>().GetAsync(articleId, CancellationToken.None);
        var summary = await bot.Service<ISummarizer>().SummarizeAsync(article!, SummaryLength.Standard, CancellationToken.None);

        var interaction = await DiscordServer.SendCommandAsync(FakeSlashCommand.String("summarize", "query", "bridges repair budget"), CancellationToken.None);
        var edit = await DiscordServer.WaitForAnswerAsync(interaction, Timeout);
        var threadRequest = await DiscordServer.WaitForRequestAsync(r => r.Is("POST", DiscordBodies.ThreadFromMessage), Timeout);

        Assert.NotNull(interaction.AckLatency);
        Assert.True(interaction.AckLatency < TimeSpan.FromSeconds(3), $"ack after {interaction.AckLatency}");
        Assert.Equal("Bridges Before Ribbons", (string?)edit.BodyObject!["embeds"]![0]!["title"]);
        Assert.Contains(summary.Thesis.Text, DiscordBodies.VisibleText(edit.Body), StringComparison.Ordinal);
        Assert.Equal("Discuss: Bridges Before Ribbons", (string?)threadRequest.BodyObject!["name"]);
        var threadId = interaction.OriginalMessageId!.Value;
        Assert.Equal($"/channels/{FakeDiscordIds.Channel}/messages/{threadId}/threads", threadRequest.Path);
        var conversations = bot.Service<IConversationStore>();
        await DiscordBodies.EventuallyAsync(async () => await conversations.GetThreadArticleAsync(threadId, CancellationToken.None) == articleId, Timeout, "the thread is bound");

        var question = await DiscordServer.SendUserMessageAsync(threadId, $"<@{FakeDiscordIds.Application}> Why should the repair budget come before new bridges?", CancellationToken.None);
        var answer = await DiscordServer.WaitForRequestAsync(r => r.Is("POST", DiscordBodies.ChannelMessages) && r.Path == $"/channels/{threadId}/messages", Timeout);

        var answerText = DiscordBodies.VisibleText(answer.Body);
        Assert.Matches(@"¶\d", answerText);
        Assert.Equal((string?)question["id"], (string?)answer.BodyObject!["message_reference"]!["message_id"]);
        Assert.Contains(threadId, DiscordServer.World.TypingChannels);

        // The bot's answer comes back as MESSAGE_CREATE (as on Discord), another bot talks, a person talks without a
        // mention (content is blank without MESSAGE_CONTENT): none of it may be answered.
        await DiscordServer.SendUserMessageAsync(threadId, $"<@{FakeDiscordIds.Application}> echo this", CancellationToken.None, fromOtherBot: true);
        await DiscordServer.SendUserMessageAsync(threadId, "thanks, that helps", CancellationToken.None);
        // No real-time wait: a person's next question, sent after them, is answered; by then the two before it have
        // been read, and the thread holds exactly two answers, the second to that question.
        var next = await DiscordServer.SendUserMessageAsync(threadId, $"<@{FakeDiscordIds.Application}> What does the author propose to repair first?", CancellationToken.None);
        await DiscordServer.WaitForRequestAsync(
            r => r.Is("POST", DiscordBodies.ChannelMessages) && r.Path == $"/channels/{threadId}/messages" && (string?)r.BodyObject?["message_reference"]?["message_id"] == (string?)next["id"], Timeout);
        Assert.Equal(2, DiscordServer.Requests.Count(r => r.Is("POST", DiscordBodies.ChannelMessages) && r.Path == $"/channels/{threadId}/messages"));
    }

    [Fact]
    public async Task With_message_content_on_any_message_in_a_bound_thread_is_answered_but_unbound_threads_are_ignored()
    {
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath, settings: new Dictionary<string, string?> { ["Discord:MessageContent"] = "true" });
        var articleId = await bot.AddArticleAsync(TestArticles.Tides);
        var bound = FakeDiscordIds.NewId();
        var unbound = FakeDiscordIds.NewId();
        DiscordServer.World.CreateThread(FakeDiscordIds.Channel, bound, "Discuss: tides");
        DiscordServer.World.CreateThread(FakeDiscordIds.Channel, unbound, "someone else's thread");
        await bot.Service<IConversationStore>().BindThreadAsync(bound, FakeDiscordIds.Guild, articleId, DateTimeOffset.UtcNow, CancellationToken.None);

        await DiscordServer.SendUserMessageAsync(unbound, "what do critics say about satellites and sea level?", CancellationToken.None);
        await DiscordServer.SendUserMessageAsync(bound, "what do critics say about satellites and sea level?", CancellationToken.None);
        var answer = await DiscordServer.WaitForRequestAsync(r => r.Is("POST", DiscordBodies.ChannelMessages), Timeout);

        Assert.Equal($"/channels/{bound}/messages", answer.Path);
        Assert.Matches(@"¶\d", DiscordBodies.VisibleText(answer.Body));
        Assert.Contains((1 << 15), DiscordServer.Gateway.Identifies.Select(i => (int)i["intents"]! & (1 << 15)));
    }

    [Fact]
    public async Task Ask_inside_a_bound_thread_answers_from_that_article_while_the_channel_finds_nothing()
    {
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath);
        var articleId = await bot.AddArticleAsync(TestArticles.Tides);
        var thread = FakeDiscordIds.NewId();
        DiscordServer.World.CreateThread(FakeDiscordIds.Channel, thread, "Discuss: tides");
        await bot.Service<IConversationStore>().BindThreadAsync(thread, FakeDiscordIds.Guild, articleId, DateTimeOffset.UtcNow, CancellationToken.None);
        // Words the search finds nowhere: only the thread's binding can supply a source.
        var ask = FakeSlashCommand.String("ask", "question", "What about zorblax quuxing?");

        var inChannel = await DiscordServer.SendCommandAsync(ask, CancellationToken.None);
        var channelReply = await DiscordServer.WaitForAnswerAsync(inChannel, Timeout);
        var inThread = await DiscordServer.SendCommandAsync(ask with { ChannelId = thread }, CancellationToken.None);
        var threadReply = await DiscordServer.WaitForAnswerAsync(inThread, Timeout);

        Assert.Contains("Nothing in the library", DiscordBodies.VisibleText(channelReply.Body), StringComparison.Ordinal);
        Assert.True(inChannel.Ephemeral);
        Assert.NotNull(threadReply.BodyObject!["embeds"]?[0]);
        Assert.DoesNotContain("Nothing in the library", DiscordBodies.VisibleText(threadReply.Body), StringComparison.Ordinal);
        Assert.False(inThread.Ephemeral);
    }

    [Fact]
    public async Task A_long_title_reaches_Discord_as_a_thread_name_cut_once_to_its_limit()
    {
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath);
        var title = "Bridges Before Ribbons: " + string.Join(' ', Enumerable.Repeat("why the repair budget comes first", 5));
        await bot.AddArticleAsync(TestArticles.Bridges with { Title = title });

        await DiscordServer.SendCommandAsync(FakeSlashCommand.String("summarize", "query", "bridges repair budget"), CancellationToken.None);
        var threadRequest = await DiscordServer.WaitForRequestAsync(r => r.Is("POST", DiscordBodies.ThreadFromMessage), Timeout);

        // One cut (the transport's, at a word, with one ellipsis), not a cut of a cut.
        var name = (string?)threadRequest.BodyObject!["name"];
        Assert.Equal(ThreadNames.Normalize("Discuss: " + title), name);
        Assert.True(name!.Length <= ThreadNames.MaxLength, $"{name.Length} characters");
        Assert.EndsWith("…", name, StringComparison.Ordinal);
        Assert.Equal(1, name.Count(c => c == '…'));
    }
}
