using Briefing.Bot.Tests.FakeDiscord;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>Seen from Discord: a slow /summarize shows what it is doing in the original, and the answer replaces it.</summary>
public sealed class ProgressFlowTests : FakeDiscordTest
{
    [Fact]
    public async Task A_slow_page_shows_reading_in_the_original_before_the_summary_embed_replaces_it()
    {
        await using var site = await SlowLoopbackServer.StartArticleSiteAsync();
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath, settings: new Dictionary<string, string?>
        {
            ["Ingestion:AllowPrivateNetworks"] = "true",
            // Well inside the page's 1.2-s delay, so the status is shown while the page is still loading.
            ["Discord:Progress:ShowAfter"] = "00:00:00.200",
        });
        var url = site.BaseUrl + "/opinion/bridges";

        var interaction = await DiscordServer.SendCommandAsync(FakeSlashCommand.String("summarize", "query", url), CancellationToken.None);
        var answer = await DiscordServer.WaitForRequestAsync(r => r.Is("PATCH", DiscordBodies.WebhookMessage) && r.Path.Contains(interaction.Token, StringComparison.Ordinal)
            && r.BodyObject?["embeds"] is System.Text.Json.Nodes.JsonArray { Count: > 0 }, Timeout);

        var edits = DiscordServer.Requests.Where(r => r.Is("PATCH", DiscordBodies.WebhookMessage) && r.Path.Contains(interaction.Token, StringComparison.Ordinal)).ToList();
        var status = edits[0];
        Assert.Equal(5, interaction.AckType);
        Assert.Equal($"⏳ Reading <{url}>…", (string?)status.BodyObject!["content"]);
        Assert.Empty(status.BodyObject!["allowed_mentions"]!["parse"]!.AsArray());
        Assert.True(status.At < answer.At);
        Assert.Same(answer, edits[^1]);
        // What remains in the channel is the answer alone: the status text was replaced, not left above the embed.
        var shown = DiscordServer.World.Message(interaction.OriginalMessageId!.Value)!;
        Assert.Equal("", (string?)shown["content"]);
        Assert.Equal("Bridges Before Ribbons", (string?)shown["embeds"]![0]!["title"]);
        await DiscordServer.WaitForRequestAsync(r => r.Is("POST", DiscordBodies.ThreadFromMessage), Timeout);
    }
}
