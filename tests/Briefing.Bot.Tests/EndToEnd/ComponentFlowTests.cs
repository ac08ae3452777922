using System.Text.Json.Nodes;
using Briefing.Bot.DiscordTransport;
using Briefing.Bot.Tests.FakeDiscord;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>Component clicks through the fake Discord: with no buttons in use, every custom_id is answered as expired.</summary>
public sealed class ComponentFlowTests : FakeDiscordTest
{
    [Theory]
    [InlineData("v1:shorter:12:standard")]
    [InlineData("")]
    [InlineData("@everyone <@123> **forged** \u202E")]
    [InlineData(null)]
    public async Task A_click_on_an_unknown_or_forged_button_gets_an_ephemeral_expired_note_at_once(string? customId)
    {
        await using var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath);
        var overLong = customId ?? new string('x', 500);

        var interaction = await ClickAsync(customId is null ? overLong : customId);
        var callback = (await DiscordServer.WaitForRequestAsync(r => r.Is("POST", DiscordBodies.Callback) && r.Path.Contains(interaction.Token, StringComparison.Ordinal), Timeout)).BodyObject!;

        Assert.Equal(4, (int?)callback["type"]);
        Assert.Equal(ComponentInteractionHandler.ExpiredText, (string?)callback["data"]!["content"]);
        Assert.Equal(64, (int?)callback["data"]!["flags"]);
        Assert.Empty((JsonArray)callback["data"]!["allowed_mentions"]!["parse"]!);
        Assert.True(interaction.Ephemeral);
        Assert.True(interaction.AckLatency < TimeSpan.FromSeconds(3), $"answered after {interaction.AckLatency}");
        Assert.Single(DiscordServer.Requests, r => r.Path.Contains(interaction.Token, StringComparison.Ordinal));
    }

    private async Task<FakeInteraction> ClickAsync(string customId)
    {
        var interaction = new FakeInteraction
        {
            Id = FakeDiscordIds.NewId(), Token = "itoken-" + Guid.NewGuid().ToString("N"), ChannelId = FakeDiscordIds.Channel, DispatchedAt = DateTimeOffset.UtcNow,
        };
        DiscordServer.World.AddInteraction(interaction);
        var message = DiscordServer.World.CreateMessage(FakeDiscordIds.Channel, FakeDiscordWorld.BotUser(), new JsonObject { ["content"] = "an old summary" }, out _);
        var payload = FakeSlashCommand.String("summarize", "query", "x").ToPayload(interaction.Id, interaction.Token, "1");
        payload["type"] = 3;
        payload["data"] = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 };
        payload["message"] = message;
        await DiscordServer.Gateway.DispatchAsync("INTERACTION_CREATE", payload, CancellationToken.None);
        return interaction;
    }
}
