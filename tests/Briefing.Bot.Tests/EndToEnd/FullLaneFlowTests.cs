using Briefing.Bot.Tests.FakeDiscord;
using Briefing.Discord.Interactions;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>
/// The whole bot on the fake Discord with a lane of one handler and one waiting place, its summarizer held: four
/// /summarize. Each is acknowledged once, well inside Discord's 3 s: the one running and the one waiting are deferred
/// (the second at arrival, as the lane is busy) and later edited with their summary; the two beyond the lane's capacity
/// get the private "busy" answer at once. None is left unanswered.
/// </summary>
public sealed class FullLaneFlowTests : FakeDiscordTest
{
    private static readonly FakeSlashCommand ShortSummary = new("summarize", null, ("query", 3, "bridges repair budget"), ("length", 3, "short"));

    [Fact]
    public async Task Every_interaction_of_a_full_lane_is_answered_and_those_beyond_it_privately_as_busy()
    {
        GatedExtractiveSummarizer gated = null!;
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath, settings: new Dictionary<string, string?>
        {
            ["Discord:Interactions:MaxConcurrentHandlers"] = "1",
            ["Discord:Interactions:QueueCapacity"] = "1",
            ["Discord:Interactions:BusyFrom"] = "1",
        }, configure: services => gated = GatedExtractiveSummarizer.Install(services));
        await bot.AddArticleAsync(TestArticles.Bridges);

        // The first holds the only handler (its summary waits at the gate) until its budget defers it.
        var running = await DiscordServer.SendCommandAsync(ShortSummary, CancellationToken.None);
        await CallbackOfAsync(running);
        var waiting = await DiscordServer.SendCommandAsync(ShortSummary, CancellationToken.None);
        var beyond = new[] { await DiscordServer.SendCommandAsync(ShortSummary, CancellationToken.None), await DiscordServer.SendCommandAsync(ShortSummary, CancellationToken.None) };

        foreach (var busy in beyond)
        {
            var callback = await CallbackOfAsync(busy);
            Assert.Equal(4, (int?)callback.BodyObject!["type"]);
            Assert.Equal(BusyReply.Text, (string?)callback.BodyObject!["data"]!["content"]);
            Assert.Equal(64, (int?)callback.BodyObject!["data"]!["flags"]);
        }
        Assert.Equal(5, (int?)(await CallbackOfAsync(waiting)).BodyObject!["type"]);
        Assert.Equal(5, (int?)(await CallbackOfAsync(running)).BodyObject!["type"]);

        gated.Open();
        foreach (var deferred in new[] { running, waiting })
        {
            var edit = await DiscordServer.WaitForRequestAsync(r => r.Is("PATCH", DiscordBodies.WebhookMessage) && r.Path.Contains(deferred.Token, StringComparison.Ordinal), Timeout);
            Assert.Contains("Bridges Before Ribbons", DiscordBodies.VisibleText(edit.BodyObject!), StringComparison.Ordinal);
        }
        foreach (var interaction in beyond.Append(running).Append(waiting))
        {
            Assert.Single(DiscordServer.Requests, r => r.Is("POST", DiscordBodies.Callback) && r.Path.Contains(interaction.Token, StringComparison.Ordinal));
            Assert.True(interaction.AckLatency < TimeSpan.FromSeconds(3), $"acknowledged after {interaction.AckLatency}");
        }
    }

    private Task<RecordedRequest> CallbackOfAsync(FakeInteraction interaction) =>
        DiscordServer.WaitForRequestAsync(r => r.Is("POST", DiscordBodies.Callback) && r.Path.Contains(interaction.Token, StringComparison.Ordinal), Timeout);
}
