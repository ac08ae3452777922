using Briefing.Discord.Models;

namespace Briefing.Discord.Rest;

/// <summary>
/// The Discord REST calls the bot makes, paced by <see cref="DiscordRateLimiter"/>. Every message body
/// gets <c>allowed_mentions: {"parse": []}</c> unless it sets its own, and is checked against Discord's
/// limits before it is sent. Errors throw <see cref="DiscordRestException"/>.
/// </summary>
public interface IDiscordRestClient : IGatewayBotSource
{
    Task<DiscordMessage> CreateMessageAsync(ulong channelId, MessagePayload message, CancellationToken cancellationToken);

    /// <summary><c>GET /channels/{id}/messages?after=&amp;limit=</c>: up to <paramref name="limit"/> (1-100) messages newer than the snowflake <paramref name="after"/>, in any order.</summary>
    Task<IReadOnlyList<DiscordMessage>> ListMessagesAsync(ulong channelId, ulong after, int limit, CancellationToken cancellationToken);
    Task<DiscordMessage> EditMessageAsync(ulong channelId, ulong messageId, MessagePayload message, CancellationToken cancellationToken);

    /// <summary>Shows "Briefing is typing..." for about 10 s or until the bot posts.</summary>
    Task TriggerTypingAsync(ulong channelId, CancellationToken cancellationToken);

    Task<DiscordChannel> GetChannelAsync(ulong channelId, CancellationToken cancellationToken);

    Task<DiscordChannel> StartThreadFromMessageAsync(ulong channelId, ulong messageId, StartThreadFromMessageRequest request, CancellationToken cancellationToken);

    /// <summary>A new post in a forum or media channel (POST /channels/{id}/threads with its first message).</summary>
    Task<DiscordChannel> StartForumThreadAsync(ulong channelId, StartForumThreadRequest request, CancellationToken cancellationToken);

    Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken);

    /// <summary>The callback with <c>with_response=true</c>: also returns the message a type 4 created (one request instead of two).</summary>
    Task<InteractionCallbackResult> CreateInteractionResponseWithResultAsync(
        ulong interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken);

    /// <summary>GET the original response (the message a type 4 given in an HTTP response created).</summary>
    Task<DiscordMessage> GetOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken cancellationToken);

    Task<DiscordMessage> EditOriginalResponseAsync(ulong applicationId, string interactionToken, MessagePayload message, CancellationToken cancellationToken);

    /// <summary>Removes the original response (204); a later follow-up is then a new message, free to be EPHEMERAL.</summary>
    Task DeleteOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken cancellationToken);

    Task<DiscordMessage> CreateFollowupMessageAsync(ulong applicationId, string interactionToken, MessagePayload message, CancellationToken cancellationToken);

    /// <summary>Replaces the whole command set in one PUT: global when <paramref name="guildId"/> is null.</summary>
    Task<IReadOnlyList<RegisteredCommand>> BulkOverwriteCommandsAsync(ulong applicationId, ulong? guildId, IReadOnlyList<SlashCommand> commands, CancellationToken cancellationToken);

    Task<DiscordUser> GetCurrentUserAsync(CancellationToken cancellationToken);

    Task<DiscordApplication> GetCurrentApplicationAsync(CancellationToken cancellationToken);
}
