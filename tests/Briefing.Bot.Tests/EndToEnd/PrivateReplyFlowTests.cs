using Briefing.Bot.Tests.FakeDiscord;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>Seen from Discord: a private reply after a public auto-deferral is never shown to the channel.</summary>
public sealed class PrivateReplyFlowTests : FakeDiscordTest
{
    [Fact]
    public async Task A_private_reply_after_a_public_auto_deferral_deletes_the_original_and_arrives_as_an_ephemeral_follow_up()
    {
        await using var site = await SlowLoopbackServer.StartSiteAsync();
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath, settings: new Dictionary<string, string?>
        {
            ["Ingestion:AllowPrivateNetworks"] = "true",
            // Shorter than the site's delay: the guard defers first, publicly, as the catalogue says /summarize is public.
            ["Discord:Interactions:AutoDeferAfter"] = "00:00:00.500",
            // No status edit: this test is about the guard's deferral and the answer (ProgressFlowTests covers status edits).
            ["Discord:Progress:ShowAfter"] = "00:01:00",
        });

        var interaction = await DiscordServer.SendCommandAsync(FakeSlashCommand.String("summarize", "query", site.BaseUrl + "/gone"), CancellationToken.None);
        var followUp = await DiscordServer.WaitForRequestAsync(r => r.Is("POST", DiscordBodies.Followup) && r.Path.Contains(interaction.Token, StringComparison.Ordinal), Timeout);

        Assert.Equal(5, interaction.AckType);
        Assert.False(interaction.Ephemeral);
        var delete = Assert.Single(DiscordServer.Requests, r => r.Method == "DELETE" && r.Path.Contains(interaction.Token, StringComparison.Ordinal));
        Assert.EndsWith("/messages/@original", delete.Path, StringComparison.Ordinal);
        Assert.Equal(204, delete.Status);
        Assert.True(delete.At <= followUp.At);
        Assert.Equal(64, (int?)followUp.BodyObject!["flags"]);
        Assert.StartsWith("I could not read that link", DiscordBodies.VisibleText(followUp.Body), StringComparison.Ordinal);
        Assert.DoesNotContain(DiscordServer.Requests, r => r.Is("PATCH", DiscordBodies.WebhookMessage) && r.Path.Contains(interaction.Token, StringComparison.Ordinal));
        var shown = Assert.Single(DiscordServer.World.MessagesIn(FakeDiscordIds.Channel));
        Assert.Equal(64, (int?)shown["flags"]);
        Assert.Null(DiscordServer.World.Message(interaction.OriginalMessageId!.Value));
    }
}
