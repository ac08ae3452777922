using Briefing.Bot.Commands;

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
}
