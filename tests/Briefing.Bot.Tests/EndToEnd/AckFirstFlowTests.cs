using Briefing.Bot.Tests.FakeDiscord;
using Briefing.Conversations;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>
/// The whole bot on the fake Discord, with the ack budget on a clock the test holds: a /summarize whose answer is ready
/// before the budget is over is answered in its acknowledgement (one type-4 callback, no edit) and its thread starts from
/// the message that callback created; one still running when the budget is over is deferred then, and edited after. The
/// decision is the budget's, never the machine's speed: the clock stands still until the test moves it.
/// </summary>
public sealed class AckFirstFlowTests : FakeDiscordTest
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(150);
    private static readonly Dictionary<string, string?> BudgetSettings = new() { ["Discord:Interactions:AckBudget"] = "00:00:00.150" };

    [Fact]
    public async Task A_summary_ready_within_the_budget_is_the_acknowledgement_and_its_thread_opens_on_it()
    {
        // Never moved: however long the cold first /summarize takes on this machine, it is still within the budget.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath, clock, BudgetSettings, acknowledgeOnTestClock: true);
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

    [Fact]
    public async Task A_summary_still_running_when_the_budget_is_over_is_deferred_then_and_its_answer_edits_the_deferral()
    {
        var clock = new WatchedTimeProvider(DateTimeOffset.UtcNow);
        GatedExtractiveSummarizer gated = null!;
        await using var bot = await BotOnFakeDiscord.StartAsync(
            DiscordServer, DatabasePath, clock, BudgetSettings, configure: services => gated = GatedExtractiveSummarizer.Install(services), acknowledgeOnTestClock: true);
        await bot.AddArticleAsync(TestArticles.Bridges);
        var arrivedAt = clock.GetUtcNow();

        // A short summary waits at the gate: the handler cannot finish until the test opens it.
        var interaction = await DiscordServer.SendCommandAsync(
            new FakeSlashCommand("summarize", null, ("query", 3, "bridges repair budget"), ("length", 3, "short")), CancellationToken.None);
        await clock.WaitForTimerAsync(arrivedAt + Budget);
        Assert.DoesNotContain(DiscordServer.Requests, r => r.Path.Contains(interaction.Token, StringComparison.Ordinal));

        clock.Advance(Budget);
        var deferral = await DiscordServer.WaitForRequestAsync(r => r.Is("POST", DiscordBodies.Callback) && r.Path.Contains(interaction.Token, StringComparison.Ordinal), Timeout);
        Assert.Equal(5, (int?)deferral.BodyObject!["type"]);
        gated.Open();
        var answer = await DiscordServer.WaitForAnswerAsync(interaction, Timeout);

        Assert.True(answer.Is("PATCH", DiscordBodies.WebhookMessage), $"answered with {answer.Method} {answer.Path}");
        Assert.Equal("Bridges Before Ribbons", (string?)answer.BodyObject!["embeds"]![0]!["title"]);
        var sent = DiscordServer.Requests.Where(r => r.Path.Contains(interaction.Token, StringComparison.Ordinal)).Select(r => r.Method).ToList();
        Assert.Equal(["POST", "PATCH"], sent.Take(2));
        Assert.Single(DiscordServer.Requests, r => r.Is("POST", DiscordBodies.Callback) && r.Path.Contains(interaction.Token, StringComparison.Ordinal));
    }
}
