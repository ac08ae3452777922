using System.Security.Cryptography;

namespace Briefing.Digests;

/// <summary>
/// A held lease on one channel's digest run. <see cref="RenewAsync"/> runs before every page, so a run that
/// lost its lease (it stalled past the expiry and another instance took over) stops instead of posting alongside.
/// Disposing gives the lease back.
/// </summary>
public sealed class DigestLease : IAsyncDisposable
{
    private readonly IDigestLeaseStore _store;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _duration;

    private DigestLease(IDigestLeaseStore store, TimeProvider timeProvider, TimeSpan duration, ulong channelId, string owner)
    {
        _store = store;
        _timeProvider = timeProvider;
        _duration = duration;
        ChannelId = channelId;
        Owner = owner;
    }

    public ulong ChannelId { get; }
    public string Owner { get; }

    /// <summary>The lease for the channel, or null while another run holds it.</summary>
    public static async Task<DigestLease?> TryAcquireAsync(IDigestLeaseStore store, TimeProvider timeProvider, TimeSpan duration, ulong channelId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeProvider);
        // One owner per run, not per process: a /digest now and the scheduler in the same process exclude each other too.
        var lease = new DigestLease(store, timeProvider, duration, channelId, Convert.ToHexString(RandomNumberGenerator.GetBytes(12)));
        var now = timeProvider.GetUtcNow();
        return await store.TryAcquireAsync(channelId, lease.Owner, now, now + duration, cancellationToken).ConfigureAwait(false) ? lease : null;
    }

    /// <summary>Extends the lease; throws when another run has taken it over.</summary>
    public async Task RenewAsync(CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        if (!await _store.TryAcquireAsync(ChannelId, Owner, now, now + _duration, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"The digest run for channel {ChannelId} lost its lease to another run; it stops here.");
        }
    }

    public async ValueTask DisposeAsync() =>
        // Released even when the run was cancelled: a graceful stop must not leave the channel locked until expiry.
        await _store.ReleaseAsync(ChannelId, Owner, CancellationToken.None).ConfigureAwait(false);
}
