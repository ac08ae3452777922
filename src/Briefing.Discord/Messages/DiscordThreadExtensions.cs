using System.Net;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;

namespace Briefing.Discord.Messages;

/// <summary>Thread creation the way each channel kind needs it.</summary>
public static class DiscordThreadExtensions
{
    /// <summary>Discord's "a thread has already been created for this message".</summary>
    public const int ThreadAlreadyExistsCode = 160004;

    /// <summary>
    /// Opens the thread on a message, or returns the existing one: a message carries at most one thread
    /// and its id equals the message id, so a 160004 means the thread is already there.
    /// </summary>
    public static async Task<ulong> EnsureThreadFromMessageAsync(
        this IDiscordRestClient client, ulong channelId, ulong messageId, string name, int? autoArchiveMinutes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        try
        {
            var thread = await client.StartThreadFromMessageAsync(channelId, messageId,
                new StartThreadFromMessageRequest { Name = name, AutoArchiveDuration = autoArchiveMinutes }, cancellationToken).ConfigureAwait(false);
            return thread.Id;
        }
        catch (DiscordRestException exception) when (exception.DiscordCode == ThreadAlreadyExistsCode && exception.StatusCode == HttpStatusCode.BadRequest)
        {
            return messageId;
        }
    }

    /// <summary>
    /// Posts <paramref name="firstMessage"/> with a thread on it: in a forum or media channel as a new post
    /// (POST /channels/{id}/threads), elsewhere as a message followed by a thread started from it.
    /// </summary>
    public static async Task<StartedThread> StartThreadWithMessageAsync(
        this IDiscordRestClient client, DiscordChannel channel, string name, MessagePayload firstMessage, int? autoArchiveMinutes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(channel);
        if (channel.IsForumLike)
        {
            var post = await client.StartForumThreadAsync(channel.Id,
                new StartForumThreadRequest { Name = name, AutoArchiveDuration = autoArchiveMinutes, Message = firstMessage }, cancellationToken).ConfigureAwait(false);
            return new StartedThread(post.Id, post.Id);
        }
        var message = await client.CreateMessageAsync(channel.Id, firstMessage, cancellationToken).ConfigureAwait(false);
        var threadId = await client.EnsureThreadFromMessageAsync(channel.Id, message.Id, name, autoArchiveMinutes, cancellationToken).ConfigureAwait(false);
        return new StartedThread(threadId, message.Id);
    }
}
