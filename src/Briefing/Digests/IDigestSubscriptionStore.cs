namespace Briefing.Digests;

/// <summary>Digest subscriptions, one per channel.</summary>
public interface IDigestSubscriptionStore
{
    Task UpsertAsync(DigestSubscription subscription, CancellationToken cancellationToken);
    Task<bool> RemoveAsync(ulong guildId, ulong channelId, CancellationToken cancellationToken);
    Task<DigestSubscription?> GetAsync(ulong channelId, CancellationToken cancellationToken);
    Task<IReadOnlyList<DigestSubscription>> ListAsync(ulong? guildId, CancellationToken cancellationToken);
    Task MarkCoveredAsync(ulong channelId, DateTimeOffset coveredUntil, CancellationToken cancellationToken);
}
