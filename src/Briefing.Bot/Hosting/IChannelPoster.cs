using Briefing.Bot.Commands;
using Briefing.Digests;

namespace Briefing.Bot.Hosting;

/// <summary>
/// Posts a message to a channel outside any interaction (digests). Transport-neutral: the console prints it,
/// the Discord side sends <c>POST /channels/{id}/messages</c> with <paramref name="nonce"/> and
/// <c>enforce_nonce: true</c>, so a retry with the same nonce returns the earlier message instead of a duplicate,
/// and with <c>allowed_mentions: {"parse": []}</c>, because article and model text must never ping anyone.
/// </summary>
public interface IChannelPoster
{
    /// <summary>Returns the posted message's id as text.</summary>
    Task<string> PostAsync(ulong channelId, ReplyMessage message, string? nonce, CancellationToken cancellationToken);

    /// <summary>
    /// Posts the parts of <paramref name="message"/> that the channel does not already hold since <paramref name="since"/>
    /// (an earlier attempt may have posted some or all of them). A transport without history, like the console, posts again.
    /// </summary>
    async Task<PublishedPage> PostMissingAsync(ulong channelId, ReplyMessage message, string nonce, DateTimeOffset since, CancellationToken cancellationToken) =>
        new(await PostAsync(channelId, message, nonce, cancellationToken).ConfigureAwait(false), 0);
}
