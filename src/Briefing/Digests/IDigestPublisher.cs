namespace Briefing.Digests;

/// <summary>
/// Posts one page of a digest to a channel (the transport renders it: Discord embeds, console text).
/// The same <paramref name="nonce"/> is passed again when an interrupted delivery is retried; a Discord
/// transport sends it with <c>enforce_nonce</c> so Discord returns the earlier message instead of a duplicate.
/// </summary>
public interface IDigestPublisher
{
    /// <summary>Returns the posted message's id (as text).</summary>
    Task<string> PublishAsync(DigestSubscription subscription, Digest digest, DigestPage page, string nonce, CancellationToken cancellationToken);
}
