namespace Briefing.Digests;

/// <summary>
/// Records posts that must happen once (a channel's digest for one period). A claim is taken in the
/// database before posting; a crash between claim and completion leaves the claim, and the retry reuses
/// its nonce so Discord returns the existing message instead of posting twice.
/// </summary>
public interface IDeliveryLedger
{
    /// <summary>Returns the existing entry, or creates a pending one with a fresh nonce. Atomic across processes.</summary>
    Task<DeliveryEntry> ClaimAsync(string deliveryKey, string nonce, DateTimeOffset now, CancellationToken cancellationToken);
    /// <summary>Claims a whole run and records the end of the window it covers, so a resumed run composes the same pages.</summary>
    Task<DeliveryEntry> ClaimRunAsync(string deliveryKey, string nonce, DateTimeOffset now, DateTimeOffset coversUntil, CancellationToken cancellationToken);
    Task CompleteAsync(string deliveryKey, string messageIds, DateTimeOffset now, CancellationToken cancellationToken);
    Task<DeliveryEntry?> GetAsync(string deliveryKey, CancellationToken cancellationToken);
}

/// <summary>A ledger row: <see cref="CompletedAt"/> null means claimed but not known to be posted.</summary>
public sealed record DeliveryEntry(string DeliveryKey, string Nonce, DateTimeOffset ClaimedAt, DateTimeOffset? CompletedAt, string? MessageIds, DateTimeOffset? CoversUntil = null);
