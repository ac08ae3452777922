using Briefing.Bot.Commands;
using Briefing.Digests;

namespace Briefing.Bot.Hosting;

/// <summary>Renders a digest page as a message and posts it through whichever <see cref="IChannelPoster"/> the transport registered.</summary>
public sealed class ChannelDigestPublisher(IChannelPoster poster) : IDigestPublisher
{
    public Task<string> PublishAsync(DigestSubscription subscription, Digest digest, DigestPage page, string nonce, CancellationToken cancellationToken) =>
        poster.PostAsync(subscription.ChannelId, DigestReply.Page(digest, page), nonce, cancellationToken);

    public Task<PublishedPage> PublishMissingAsync(DigestSubscription subscription, Digest digest, DigestPage page, string nonce, DateTimeOffset claimedAt, CancellationToken cancellationToken) =>
        poster.PostMissingAsync(subscription.ChannelId, DigestReply.Page(digest, page), nonce, claimedAt, cancellationToken);
}
