using Briefing.Bot.Tests.FakeDiscord;
using Briefing.Conversations;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>
/// The whole bot on the fake Discord: a /summarize ready within the ack budget is answered in its acknowledgement (one
/// type-4 callback, no edit), and its thread starts from the message that callback created.
/// </summary>
public sealed class AckFirstFlowTests : FakeDiscordTest
{
    [Fact]
    public async Task A_summary_ready_within_the_budget_is_the_acknowledgement_and_its_thread_opens_on_it()
    {
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath, settings: new Dictionary<string, string?>
        {
            // Wide enough that a loaded test machine still answers within it (the default is 150 ms).
            ["Discord:Interactions:AckBudget"] = "00:00:01.900",
        });
        var articleId = await bot.AddArticleAsync(TestArticles.Bridges);

        var interaction = await DiscordServer.SendCommandAsync(FakeSlashCommand.String("summarize", "query", "bridges repair budget"), CancellationToken.None);
        var threadRequest = await DiscordServer.WaitForRequestAsync(r => r.Is("POST", DiscordBodies.ThreadFromMessage), Timeout);

        Assert.Equal(4, interaction.AckType);
        var callback = Assert.Single(DiscordServer.Requests, r => r.Is("POST", DiscordBodies.Callback) && r.Path.Contains(interaction.Token, StringComparison.Ordinal));
        Assert.Equal("Bridges Before Ribbons", (string?)callback.BodyObject!["data"]!["embeds"]![0]!["title"]);
        Assert.Empty(callback.BodyObject!["data"]!["allowed_mentions"]!["parse"]!.AsArray());
        Assert.DoesNotContain(DiscordServer.Requests, r => r.Path.Contains(interaction.Token, StringComparison.Ordinal) && r.Method == "PATCH");
        var threadId = interaction.OriginalMessageId!.Value;
        Assert.Equal($"/channels/{FakeDiscordIds.Channel}/messages/{threadId}/threads", threadRequest.Path);
        await DiscordBodies.EventuallyAsync(async () => await bot.Service<IConversationStore>().GetThreadArticleAsync(threadId, CancellationToken.None) == articleId,
            Timeout, "the thread is bound");
    }
}
