using System.Text.Json.Nodes;
using Briefing.Bot.Tests.FakeDiscord;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>
/// A click whose work outlasts the guard (set to 100 ms here; about 2 s of Discord's 3 in production): the guard
/// acknowledges with type 6 DEFERRED_UPDATE_MESSAGE, then the answer edits the clicked message, or follows up privately.
/// </summary>
public sealed class SlowSummaryButtonFlowTests : FakeDiscordTest
{
    private static readonly Dictionary<string, string?> QuickGuard = new() { ["Discord:Interactions:AutoDeferAfter"] = "00:00:00.100" };

    [Fact]
    public async Task A_slow_Shorter_is_deferred_with_type_6_and_then_edits_the_clicked_message()
    {
        GatedExtractiveSummarizer gated = null!;
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath, settings: QuickGuard, configure: s => gated = GatedExtractiveSummarizer.Install(s));
        var articleId = await bot.AddArticleAsync(TestArticles.Bridges);
        var messageId = await SummarizeAsync();

        var click = await DiscordServer.ClickAsync(messageId, $"b1:shorter:{articleId}:standard", CancellationToken.None);
        var callback = await DiscordServer.WaitForRequestAsync(r => r.Is("POST", DiscordBodies.Callback) && r.Path.Contains(click.Token, StringComparison.Ordinal), Timeout);
        Assert.Equal(6, (int?)callback.BodyObject!["type"]);
        gated.Open();
        var edit = await DiscordServer.WaitForRequestAsync(r => r.Is("PATCH", DiscordBodies.WebhookMessage) && r.Path.Contains(click.Token, StringComparison.Ordinal), Timeout);

        Assert.EndsWith("/messages/@original", edit.Path, StringComparison.Ordinal);
        Assert.True(click.AckLatency < TimeSpan.FromSeconds(3), $"acknowledged after {click.AckLatency}");
        var updated = DiscordServer.World.Message(messageId)!;
        Assert.Contains(($"b1:shorter:{articleId}:short", "Shorter", true), FakeComponentClicks.Buttons(updated));
        Assert.Empty((JsonArray)edit.BodyObject!["allowed_mentions"]!["parse"]!);
    }

    [Fact]
    public async Task A_slow_Counterpoints_is_deferred_with_type_6_and_then_answered_in_a_private_follow_up()
    {
        GatedExtractiveSummarizer gated = null!;
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath, settings: QuickGuard, configure: s => gated = GatedExtractiveSummarizer.Install(s));
        var articleId = await bot.AddArticleAsync(TestArticles.Bridges);
        var messageId = await SummarizeAsync();
        var before = DiscordServer.World.Message(messageId)!.ToJsonString();

        // A Short summary's counterpoints: not cached yet, so the work is slow.
        var click = await DiscordServer.ClickAsync(messageId, $"b1:counterpoints:{articleId}:short", CancellationToken.None);
        var callback = await DiscordServer.WaitForRequestAsync(r => r.Is("POST", DiscordBodies.Callback) && r.Path.Contains(click.Token, StringComparison.Ordinal), Timeout);
        Assert.Equal(6, (int?)callback.BodyObject!["type"]);
        gated.Open();
        var followUp = await DiscordServer.WaitForRequestAsync(r => r.Is("POST", DiscordBodies.Followup) && r.Path.Contains(click.Token, StringComparison.Ordinal), Timeout);

        Assert.Equal(64, (int?)followUp.BodyObject!["flags"]);
        Assert.Contains("Counterpoints the author weighs", DiscordBodies.VisibleText(followUp.BodyObject), StringComparison.Ordinal);
        Assert.Equal(before, DiscordServer.World.Message(messageId)!.ToJsonString());
    }

    private async Task<ulong> SummarizeAsync()
    {
        var interaction = await DiscordServer.SendCommandAsync(FakeSlashCommand.String("summarize", "query", "bridges repair budget"), CancellationToken.None);
        await DiscordServer.WaitForAnswerAsync(interaction, Timeout);
        return interaction.OriginalMessageId!.Value;
    }
}
