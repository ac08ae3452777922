using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Briefing.Bot.Tests.FakeDiscord;

/// <summary>Gateway discovery, the bot's identity and bulk command registration.</summary>
public static class FakeApplicationEndpoints
{
    public static void Map(IEndpointRouteBuilder api, FakeDiscordServer server)
    {
        api.MapGet("/gateway/bot", () => FakeResponses.Json(new JsonObject
        {
            ["url"] = server.GatewayUrl, ["shards"] = 1,
            ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = 999, ["reset_after"] = 86_400_000, ["max_concurrency"] = server.Gateway.MaxConcurrency },
        }));
        api.MapGet("/gateway", () => FakeResponses.Json(new JsonObject { ["url"] = server.GatewayUrl }));
        api.MapGet("/users/@me", () => FakeResponses.Json(FakeDiscordWorld.BotUser()));
        api.MapGet("/applications/@me", () => FakeResponses.Json(Application()));
        api.MapGet("/oauth2/applications/@me", () => FakeResponses.Json(Application()));

        api.MapPut("/applications/{applicationId}/commands", (HttpContext context, ulong applicationId) => Overwrite(context, server, applicationId));
        api.MapPut("/applications/{applicationId}/guilds/{guildId}/commands", (HttpContext context, ulong applicationId) => Overwrite(context, server, applicationId));
        api.MapGet("/applications/{applicationId}/commands", () => FakeResponses.Json(server.World.Commands));
        api.MapGet("/applications/{applicationId}/guilds/{guildId}/commands", () => FakeResponses.Json(server.World.Commands));
    }

    private static IResult Overwrite(HttpContext context, FakeDiscordServer server, ulong applicationId)
    {
        if (applicationId != FakeDiscordIds.Application) return FakeResponses.Error(403, 50001, "Missing Access");
        if (context.Items[FakeResponses.BodyItemKey] is not JsonArray declared)
            return FakeResponses.Error(400, 50035, "Invalid Form Body");
        return FakeResponses.Json(server.World.OverwriteCommands((JsonArray)declared.DeepClone()));
    }

    private static JsonObject Application() => new()
    {
        ["id"] = FakeDiscordIds.Application.ToString(), ["name"] = "Briefing", ["bot"] = FakeDiscordWorld.BotUser(), ["flags"] = 0,
        ["verify_key"] = new string('0', 64), ["bot_public"] = false, ["bot_require_code_grant"] = false, ["description"] = "fake",
    };
}
