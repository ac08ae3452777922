namespace Briefing.Discord.Rest;

/// <summary>The REST routes the bot calls, with their top-level resources.</summary>
internal static class DiscordRoutes
{
    public static DiscordRoute GatewayBot() => new(HttpMethod.Get, "/gateway/bot", "/gateway/bot", "");

    public static DiscordRoute CurrentUser() => new(HttpMethod.Get, "/users/@me", "/users/@me", "");

    public static DiscordRoute CurrentApplication() => new(HttpMethod.Get, "/applications/@me", "/applications/@me", "");

    public static DiscordRoute GetChannel(ulong channelId) =>
        Channel(HttpMethod.Get, channelId, "", "");

    public static DiscordRoute CreateMessage(ulong channelId) =>
        Channel(HttpMethod.Post, channelId, "/messages", "/messages");

    // The query rides on the path only; the template (the bucket key) is the plain messages route.
    public static DiscordRoute ListMessages(ulong channelId, ulong after, int limit) =>
        Channel(HttpMethod.Get, channelId, "/messages", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/messages?after={after}&limit={limit}"));

    public static DiscordRoute EditMessage(ulong channelId, ulong messageId) =>
        Channel(HttpMethod.Patch, channelId, "/messages/{message_id}", $"/messages/{DiscordRoute.Id(messageId)}");

    public static DiscordRoute TriggerTyping(ulong channelId) =>
        Channel(HttpMethod.Post, channelId, "/typing", "/typing") with { Essential = false };

    public static DiscordRoute StartThreadFromMessage(ulong channelId, ulong messageId) =>
        Channel(HttpMethod.Post, channelId, "/messages/{message_id}/threads", $"/messages/{DiscordRoute.Id(messageId)}/threads");

    public static DiscordRoute StartThreadInChannel(ulong channelId) =>
        Channel(HttpMethod.Post, channelId, "/threads", "/threads");

    public static DiscordRoute InteractionCallback(ulong interactionId, string token) => new(
        HttpMethod.Post,
        "/interactions/{interaction_id}/{interaction_token}/callback",
        $"/interactions/{DiscordRoute.Id(interactionId)}/{Uri.EscapeDataString(token)}/callback",
        $"interaction:{DiscordRoute.Id(interactionId)}");

    /// <summary>The same callback (same bucket) asking for the created message back.</summary>
    public static DiscordRoute InteractionCallbackWithResult(ulong interactionId, string token)
    {
        var route = InteractionCallback(interactionId, token);
        return route with { Path = route.Path + "?with_response=true" };
    }

    public static DiscordRoute GetOriginalResponse(ulong applicationId, string token) =>
        EditOriginalResponse(applicationId, token) with { Method = HttpMethod.Get };

    public static DiscordRoute EditOriginalResponse(ulong applicationId, string token) => new(
        HttpMethod.Patch,
        "/webhooks/{application_id}/{interaction_token}/messages/@original",
        $"/webhooks/{DiscordRoute.Id(applicationId)}/{Uri.EscapeDataString(token)}/messages/@original",
        Webhook(applicationId, token));

    public static DiscordRoute DeleteOriginalResponse(ulong applicationId, string token) => new(
        HttpMethod.Delete,
        "/webhooks/{application_id}/{interaction_token}/messages/@original",
        $"/webhooks/{DiscordRoute.Id(applicationId)}/{Uri.EscapeDataString(token)}/messages/@original",
        Webhook(applicationId, token));

    public static DiscordRoute CreateFollowup(ulong applicationId, string token) => new(
        HttpMethod.Post,
        "/webhooks/{application_id}/{interaction_token}",
        $"/webhooks/{DiscordRoute.Id(applicationId)}/{Uri.EscapeDataString(token)}",
        Webhook(applicationId, token));

    public static DiscordRoute BulkOverwriteCommands(ulong applicationId, ulong? guildId) => guildId is { } guild
        ? new(HttpMethod.Put, "/applications/{application_id}/guilds/{guild_id}/commands",
            $"/applications/{DiscordRoute.Id(applicationId)}/guilds/{DiscordRoute.Id(guild)}/commands", $"guild:{DiscordRoute.Id(guild)}")
        : new(HttpMethod.Put, "/applications/{application_id}/commands",
            $"/applications/{DiscordRoute.Id(applicationId)}/commands", "");

    private static DiscordRoute Channel(HttpMethod method, ulong channelId, string templateTail, string pathTail) => new(
        method,
        "/channels/{channel_id}" + templateTail,
        $"/channels/{DiscordRoute.Id(channelId)}{pathTail}",
        $"channel:{DiscordRoute.Id(channelId)}");

    // Webhook buckets are per webhook id + token; the token only ever lives in memory.
    private static string Webhook(ulong applicationId, string token) => $"webhook:{DiscordRoute.Id(applicationId)}:{token}";
}
