namespace Briefing.Digests;

/// <summary>Digest subscriptions, one per channel. Upserting (subscribing again) clears failures and a pause.</summary>
public interface IDigestSubscriptionStore
{
    Task UpsertAsync(DigestSubscription subscription, CancellationToken cancellationToken);
    Task<bool> RemoveAsync(ulong guildId, ulong channelId, CancellationToken cancellationToken);
    Task<DigestSubscription?> GetAsync(ulong channelId, CancellationToken cancellationToken);
    Task<IReadOnlyList<DigestSubscription>> ListAsync(ulong? guildId, CancellationToken cancellationToken);
    /// <summary>Moves the channel's coverage forward to <paramref name="coveredUntil"/>; never backwards.</summary>
    Task MarkCoveredAsync(ulong channelId, DateTimeOffset coveredUntil, CancellationToken cancellationToken);
    /// <summary>Records a 403/404: the failure count, when to try again, and (when it pauses) why and since when.</summary>
    Task RecordFailureAsync(ulong channelId, int failureCount, DateTimeOffset retryAt, string? pausedReason, DateTimeOffset? pausedSince, CancellationToken cancellationToken);
    /// <summary>A digest reached the channel: forget earlier failures.</summary>
    Task ClearFailuresAsync(ulong channelId, CancellationToken cancellationToken);
}
