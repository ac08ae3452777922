using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Briefing.Bot.Tests.FakeDiscord;
using Briefing.Digests;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>Permissions from the interaction, no pings from article text, and an apology with a logged reference on failure.</summary>
public sealed partial class SafetyFlowTests : FakeDiscordTest
{
    [Fact]
    public async Task A_member_without_manage_server_gets_an_ephemeral_refusal_and_nothing_is_stored()
    {
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath);
        var subscribe = new FakeSlashCommand("digest", "subscribe", ("channel", 7, FakeDiscordIds.Channel.ToString()));

        var interaction = await DiscordServer.SendCommandAsync(subscribe, CancellationToken.None);
        var reply = await DiscordServer.WaitForAnswerAsync(interaction, Timeout);

        Assert.Contains("Manage Server", DiscordBodies.VisibleText(reply.Body), StringComparison.Ordinal);
        Assert.True(interaction.Ephemeral);
        Assert.Empty(await bot.Service<IDigestSubscriptionStore>().ListAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task Article_text_with_everyone_reachesDiscordServer_but_never_pings()
    {
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath);
        await bot.AddArticleAsync(TestArticles.Megaphone);

        var interaction = await DiscordServer.SendCommandAsync(FakeSlashCommand.String("summarize", "query", "ferry timetable sailings"), CancellationToken.None);
        await DiscordServer.WaitForRequestAsync(r => r.Is("POST", DiscordBodies.ThreadFromMessage), Timeout);
        var threadId = interaction.OriginalMessageId!.Value;
        await DiscordServer.SendUserMessageAsync(threadId, $"<@{FakeDiscordIds.Application}> who must the ferry timetable serve?", CancellationToken.None);
        await DiscordServer.WaitForRequestAsync(r => r.Is("POST", DiscordBodies.ChannelMessages) && r.Path == $"/channels/{threadId}/messages", Timeout);

        var bodies = DiscordBodies.MessageBodies(DiscordServer.Requests).ToList();
        Assert.Contains(bodies, b => DiscordBodies.VisibleText(b.Message).Contains("@everyone", StringComparison.Ordinal));
        Assert.All(bodies, b => Assert.Empty((JsonArray)b.Message["allowed_mentions"]!["parse"]!));
        var stored = DiscordServer.World.MessagesIn(FakeDiscordIds.Channel).Concat(DiscordServer.World.MessagesIn(threadId));
        Assert.DoesNotContain(stored, m => (bool?)m["mention_everyone"] == true);
    }

    [Fact]
    public async Task A_failure_while_replying_ends_in_an_apology_whose_reference_is_in_the_log()
    {
        // The reply must be an edit (its 400 is the subject), so the interaction is deferred at once.
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath, settings: BotOnFakeDiscord.DeferAtOnce);
        await bot.AddArticleAsync(TestArticles.Bridges);
        DiscordServer.Faults.FailNext("PATCH", DiscordBodies.WebhookMessage, 400, 50035);

        var interaction = await DiscordServer.SendCommandAsync(FakeSlashCommand.String("summarize", "query", "bridges"), CancellationToken.None);
        var apology = await DiscordServer.WaitForRequestAsync(
            r => r.Is("PATCH", DiscordBodies.WebhookMessage) && r.Path.Contains(interaction.Token, StringComparison.Ordinal) && r.Status == 200, Timeout);

        var reference = ReferencePattern().Match(DiscordBodies.VisibleText(apology.Body));
        Assert.True(reference.Success, DiscordBodies.VisibleText(apology.Body));
        Assert.Contains(bot.Logs.GetSnapshot(), log => log.Exception is not null && log.Message.Contains(reference.Groups[1].Value, StringComparison.Ordinal));
        Assert.DoesNotContain(DiscordServer.Requests, r => r.Is("POST", DiscordBodies.ThreadFromMessage));
    }

    [Fact]
    public async Task A_model_slower_than_the_auto_defer_guard_gets_a_deferral_first_and_the_reply_still_arrives()
    {
        await using var model = await SlowLoopbackServer.StartModelAsync();
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath, settings: new Dictionary<string, string?>
        {
            ["OpenAI:Endpoint"] = model.ModelEndpoint, ["OpenAI:ApiKey"] = "test-key", ["OpenAI:Model"] = "slow-model", ["OpenAI:MaxRetries"] = "0",
            // The guard fires earlier than its 2-s default so the test stays short; the order of events is the same.
            ["Discord:Interactions:AutoDeferAfter"] = "00:00:00.500",
            // No status edit: this test is about the guard's deferral and the answer (ProgressFlowTests covers status edits).
            ["Discord:Progress:ShowAfter"] = "00:01:00",
        });
        await bot.AddArticleAsync(TestArticles.Bridges);

        var interaction = await DiscordServer.SendCommandAsync(FakeSlashCommand.String("summarize", "query", "bridges repair budget"), CancellationToken.None);
        var edit = await DiscordServer.WaitForRequestAsync(r => r.Is("PATCH", DiscordBodies.WebhookMessage) && r.Path.Contains(interaction.Token, StringComparison.Ordinal), Timeout);

        Assert.True(model.Calls > 0);
        Assert.Equal(5, interaction.AckType);
        Assert.True(interaction.AckLatency < SlowLoopbackServer.Delay, $"ack after {interaction.AckLatency}");
        Assert.True(edit.At - interaction.DispatchedAt > SlowLoopbackServer.Delay, "the reply came before the model answered");
        Assert.Equal("Bridges Before Ribbons", (string?)edit.BodyObject!["embeds"]![0]!["title"]);
    }

    [GeneratedRegex("Reference: `([0-9A-Fa-f]{8})`")]
    private static partial Regex ReferencePattern();
}
