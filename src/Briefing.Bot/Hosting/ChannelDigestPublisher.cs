using Briefing.Bot.Commands;
using Briefing.Digests;

namespace Briefing.Bot.Hosting;

/// <summary>Renders a digest page as a message and posts it through whichever <see cref="IChannelPoster"/> the transport registered.</summary>
public sealed class ChannelDigestPublisher(IChannelPoster poster) : IDigestPublisher
{
    public Task<string> PublishAsync(DigestSubscription subscription, Digest digest, DigestPage page, string nonce, CancellationToken cancellationToken) =>
        poster.PostAsync(subscription.ChannelId, DigestReply.Page(digest, page), nonce, cancellationToken);
}
