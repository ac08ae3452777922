using System.Text.Json.Nodes;

namespace Briefing.Bot.Tests.FakeDiscord;

/// <summary>A person clicking a button on a message the fake holds: INTERACTION_CREATE type 3 carrying the whole message, as Discord sends it.</summary>
public static class FakeComponentClicks
{
    /// <summary>Clicks <paramref name="customId"/> on message <paramref name="messageId"/> (whatever the message holds: forged ids too).</summary>
    public static async Task<FakeInteraction> ClickAsync(this FakeDiscordServer server, ulong messageId, string? customId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        var message = server.World.Message(messageId) ?? throw new InvalidOperationException($"The fake holds no message {messageId}.");
        var channelId = ulong.Parse((string)message["channel_id"]!);
        var interaction = new FakeInteraction
        {
            Id = FakeDiscordIds.NewId(), Token = "itoken-" + Guid.NewGuid().ToString("N"), ChannelId = channelId, DispatchedAt = DateTimeOffset.UtcNow,
            MessageId = messageId,
        };
        server.World.AddInteraction(interaction);
        var payload = (FakeSlashCommand.String("summarize", "query", "x") with { ChannelId = channelId }).ToPayload(interaction.Id, interaction.Token, "1");
        payload["type"] = 3;
        payload["data"] = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 };
        payload["message"] = message;
        await server.Gateway.DispatchAsync("INTERACTION_CREATE", payload, cancellationToken);
        return interaction;
    }

    /// <summary>The buttons on a message: (custom_id, label, disabled), row by row.</summary>
    public static IReadOnlyList<(string CustomId, string Label, bool Disabled)> Buttons(JsonObject message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return [.. (message["components"] as JsonArray ?? []).OfType<JsonObject>()
            .SelectMany(row => (row["components"] as JsonArray ?? []).OfType<JsonObject>())
            .Select(b => ((string?)b["custom_id"] ?? "", (string?)b["label"] ?? "", (bool?)b["disabled"] ?? false))];
    }
}
