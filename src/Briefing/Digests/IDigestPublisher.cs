namespace Briefing.Digests;

/// <summary>
/// Posts one page of a digest to a channel (the transport renders it: Discord embeds, console text).
/// </summary>
public interface IDigestPublisher
{
    /// <summary>Posts a page never attempted before. Returns the posted message's id (as text).</summary>
    Task<string> PublishAsync(DigestSubscription subscription, Digest digest, DigestPage page, string nonce, CancellationToken cancellationToken);

    /// <summary>
    /// Posts a page that was claimed at <paramref name="claimedAt"/> but never confirmed: the earlier attempt may or
    /// may not have reached the channel. Discord remembers a nonce only for minutes, so the transport first looks at
    /// what the channel holds since the claim (the bot's own messages, matched by content) and posts only the
    /// messages of the page that are missing, with the original <paramref name="nonce"/>.
    /// </summary>
    Task<PublishedPage> PublishMissingAsync(DigestSubscription subscription, Digest digest, DigestPage page, string nonce, DateTimeOffset claimedAt, CancellationToken cancellationToken);
}
