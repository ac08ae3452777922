using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Briefing.Bot.Tests.FakeDiscord;

/// <summary>
/// Interaction callbacks and the interaction webhook: one acknowledgement within 3 s (10062 after, 40060
/// twice), then <c>@original</c> edits and follow-ups for the token's lifetime.
/// </summary>
public static class FakeInteractionEndpoints
{
    private const int EphemeralFlag = 64;
    private const int LoadingFlag = 128;
    private static readonly TimeSpan AckDeadline = TimeSpan.FromSeconds(3);

    public static void Map(IEndpointRouteBuilder api, FakeDiscordServer server)
    {
        api.MapPost("/interactions/{interactionId}/{token}/callback", (HttpContext context, string token) => Callback(context, server, token));
        api.MapPatch("/webhooks/{applicationId}/{token}/messages/{messageId}", (HttpContext context, string token, string messageId) =>
            EditWebhookMessage(context, server, token, messageId));
        api.MapGet("/webhooks/{applicationId}/{token}/messages/{messageId}", (string token, string messageId) =>
            server.World.Interaction(token) is { } i && ResolveMessageId(i, messageId) is { } id && server.World.Message(id) is { } m
                ? FakeResponses.Json(m) : FakeResponses.Error(404, 10008, "Unknown Message"));
        api.MapDelete("/webhooks/{applicationId}/{token}/messages/{messageId}", (string token, string messageId) => DeleteWebhookMessage(server, token, messageId));
        api.MapPost("/webhooks/{applicationId}/{token}", (HttpContext context, string token) => FollowUp(context, server, token));
    }

    private static IResult Callback(HttpContext context, FakeDiscordServer server, string token)
    {
        var interaction = server.World.Interaction(token);
        if (interaction is null) return FakeResponses.Error(404, 10062, "Unknown interaction");
        var body = FakeResponses.Body(context);
        if (interaction.AckType is not null) return FakeResponses.Error(400, 40060, "Interaction has already been acknowledged.");
        if (DateTimeOffset.UtcNow - interaction.DispatchedAt > AckDeadline) return FakeResponses.Error(404, 10062, "Unknown interaction");
        if (!CanAcknowledgeWith(interaction, (int?)body["type"] ?? 0)) return FakeResponses.Error(400, 50035, "Invalid Form Body");
        if (!TryAcknowledge(server, interaction, body, out var created)) return FakeResponses.Error(400, 40060, "Interaction has already been acknowledged.");
        // with_response=true: Discord returns the callback's resource, the created message for a type 4.
        if (context.Request.Query["with_response"] != "true") return Results.NoContent();
        var result = new JsonObject { ["interaction"] = new JsonObject { ["id"] = interaction.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
        if (created is not null) result["resource"] = new JsonObject { ["type"] = 4, ["message"] = created.DeepClone() };
        return FakeResponses.Json(result);
    }

    /// <summary>
    /// What Discord does with an acknowledgement, from a callback request or from the HTTP endpoint's response: records
    /// it and, for type 4 or 5, creates the original message (returned for a type 4). False when already acknowledged.
    /// </summary>
    public static bool TryAcknowledge(FakeDiscordServer server, FakeInteraction interaction, JsonObject body, out JsonObject? created)
    {
        created = null;
        lock (interaction)
        {
            if (interaction.AckType is not null) return false;
            var type = (int?)body["type"] ?? 0;
            if (!CanAcknowledgeWith(interaction, type)) return false;
            interaction.AckType = type;
            interaction.AckedAt = DateTimeOffset.UtcNow;
            var data = body["data"] as JsonObject ?? new JsonObject();
            interaction.Ephemeral = (((int?)data["flags"] ?? 0) & EphemeralFlag) != 0;
            if (type is 4 or 5)
            {
                var original = server.World.CreateMessage(interaction.ChannelId, FakeDiscordWorld.BotUser(),
                    type == 4 ? (JsonObject)data.DeepClone() : new JsonObject { ["flags"] = ((int?)data["flags"] ?? 0) | LoadingFlag }, out _);
                interaction.OriginalMessageId = ulong.Parse((string)original["id"]!);
                interaction.OriginalIsLoading = type == 5;
                if (type == 4) created = original;
            }
            else if (type is 6 or 7 && interaction.MessageId is { } clicked)
            {
                interaction.OriginalMessageId = clicked;
                if (type == 7) server.World.EditMessage(clicked, data);
            }
        }
        return true;
    }

    /// <summary>Types 6 and 7 update the message a component sits on; other interactions have none.</summary>
    private static bool CanAcknowledgeWith(FakeInteraction interaction, int type) => type is not (6 or 7) || interaction.MessageId is not null;

    private static IResult EditWebhookMessage(HttpContext context, FakeDiscordServer server, string token, string messageId)
    {
        var interaction = server.World.Interaction(token);
        if (interaction?.AckType is null) return FakeResponses.Error(404, 10015, "Unknown Webhook");
        ulong id;
        lock (interaction)
        {
            if (ResolveMessageId(interaction, messageId) is not { } resolved) return FakeResponses.Error(404, 10008, "Unknown Message");
            id = resolved;
            if (id == interaction.OriginalMessageId) interaction.OriginalIsLoading = false;
        }
        var body = FakeResponses.Body(context);
        if (!body.ContainsKey("content") && !body.ContainsKey("embeds")) return FakeResponses.Error(400, 50006, "Cannot send an empty message");
        return server.World.EditMessage(id, body) is { } edited ? FakeResponses.Json(edited) : FakeResponses.Error(404, 10008, "Unknown Message");
    }

    private static IResult DeleteWebhookMessage(FakeDiscordServer server, string token, string messageId)
    {
        var interaction = server.World.Interaction(token);
        if (interaction?.AckType is null) return FakeResponses.Error(404, 10015, "Unknown Webhook");
        lock (interaction)
        {
            if (ResolveMessageId(interaction, messageId) is not { } id || !server.World.DeleteMessage(id)) return FakeResponses.Error(404, 10008, "Unknown Message");
            // With the "thinking..." original gone, the next follow-up is a new message of its own (EPHEMERAL if it says so).
            if (id == interaction.OriginalMessageId) interaction.OriginalIsLoading = false;
        }
        return Results.NoContent();
    }

    private static IResult FollowUp(HttpContext context, FakeDiscordServer server, string token)
    {
        var interaction = server.World.Interaction(token);
        if (interaction?.AckType is null) return FakeResponses.Error(404, 10015, "Unknown Webhook");
        var body = FakeResponses.Body(context);
        if (FakeResponses.IsEmptyMessage(body)) return FakeResponses.Error(400, 50006, "Cannot send an empty message");
        lock (interaction)
        {
            // The first follow-up after a deferral replaces the "thinking..." message, as on Discord.
            if (interaction.OriginalIsLoading && interaction.OriginalMessageId is { } original)
            {
                interaction.OriginalIsLoading = false;
                return FakeResponses.Json(server.World.EditMessage(original, body)!);
            }
            var message = server.World.CreateMessage(interaction.ChannelId, FakeDiscordWorld.BotUser(), body, out _);
            var id = ulong.Parse((string)message["id"]!);
            if ((((int?)body["flags"] ?? 0) & EphemeralFlag) != 0) server.World.MarkEphemeral(id);
            interaction.FollowUpIds.Add(id);
            return FakeResponses.Json(message);
        }
    }

    private static ulong? ResolveMessageId(FakeInteraction interaction, string messageId) =>
        messageId == "@original" ? interaction.OriginalMessageId
        : ulong.TryParse(messageId, out var id) && (id == interaction.OriginalMessageId || interaction.FollowUpIds.Contains(id)) ? id : null;
}
