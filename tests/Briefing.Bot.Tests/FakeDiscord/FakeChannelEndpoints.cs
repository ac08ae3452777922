using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Briefing.Bot.Tests.FakeDiscord;

/// <summary>Channel messages (with nonce semantics), edits, threads from a message or standalone, typing.</summary>
public static class FakeChannelEndpoints
{
    public static void Map(IEndpointRouteBuilder api, FakeDiscordServer server)
    {
        var world = server.World;
        api.MapGet("/channels/{channelId}", (ulong channelId) =>
            world.Channel(channelId) is { } channel ? FakeResponses.Json(channel) : FakeResponses.Error(404, 10003, "Unknown Channel"));
        api.MapGet("/channels/{channelId}/messages", (ulong channelId, ulong? after, int? limit) =>
            world.Channel(channelId) is null
                ? FakeResponses.Error(404, 10003, "Unknown Channel")
                : FakeResponses.Json(world.MessagesAfter(channelId, after ?? 0, Math.Clamp(limit ?? 50, 1, 100))));
        api.MapPost("/channels/{channelId}/messages", async (HttpContext context, ulong channelId) =>
        {
            if (world.Channel(channelId) is null) return FakeResponses.Error(404, 10003, "Unknown Channel");
            var body = FakeResponses.Body(context);
            if (FakeResponses.IsEmptyMessage(body)) return FakeResponses.Error(400, 50006, "Cannot send an empty message");
            if (!await server.PostHold.WaitAsync(context)) return Results.Empty;
            var message = world.CreateMessage(channelId, FakeDiscordWorld.BotUser(), body, out var deduplicated);
            if (!deduplicated && server.Faults.TakeStall(body))
            {
                // Posted, but the bot never learns it: the answer waits until the bot gives up or dies.
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return Results.Empty;
            }
            // A crash test may kill the bot here: the message is stored, the answer not yet sent.
            if (!deduplicated && server.AfterCommit is { } afterCommit) await afterCommit(message, context.RequestAborted);
            // Discord echoes the bot's own posts back as MESSAGE_CREATE; a bot must not answer itself.
            if (!deduplicated) await server.TryDispatchAsync("MESSAGE_CREATE", message, context.RequestAborted);
            return FakeResponses.Json(message);
        });
        api.MapPatch("/channels/{channelId}/messages/{messageId}", (HttpContext context, ulong messageId) =>
            world.EditMessage(messageId, FakeResponses.Body(context)) is { } edited ? FakeResponses.Json(edited) : FakeResponses.Error(404, 10008, "Unknown Message"));
        api.MapPost("/channels/{channelId}/messages/{messageId}/threads", async (HttpContext context, ulong channelId, ulong messageId) =>
        {
            var message = world.Message(messageId);
            if (message is null || (string?)message["channel_id"] != channelId.ToString()) return FakeResponses.Error(404, 10008, "Unknown Message");
            return await CreateThreadAsync(context, server, channelId, messageId);
        });
        api.MapPost("/channels/{channelId}/threads", (HttpContext context, ulong channelId) => CreateThreadAsync(context, server, channelId, null));
        api.MapPost("/channels/{channelId}/typing", (ulong channelId) =>
        {
            world.RecordTyping(channelId);
            return Results.NoContent();
        });
        api.MapPut("/channels/{channelId}/thread-members/@me", () => Results.NoContent());
    }

    private static async Task<IResult> CreateThreadAsync(HttpContext context, FakeDiscordServer server, ulong channelId, ulong? messageId)
    {
        var name = (string?)FakeResponses.Body(context)["name"];
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100) return FakeResponses.Error(400, 50035, "Invalid Form Body");
        var thread = server.World.CreateThread(channelId, messageId, name);
        if (thread is null) return FakeResponses.Error(400, 160004, "A thread has already been created for this message");
        await server.TryDispatchAsync("THREAD_CREATE", thread, context.RequestAborted);
        return FakeResponses.Json(thread, StatusCodes.Status201Created);
    }
}
