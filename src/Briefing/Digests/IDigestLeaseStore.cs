namespace Briefing.Digests;

/// <summary>
/// Leases on a channel's digest run, kept in the database so that one instance (or one run inside an instance)
/// composes and posts a channel's digest at a time. A lease left behind by a killed process expires.
/// </summary>
public interface IDigestLeaseStore
{
    /// <summary>
    /// Takes the lease when it is free, expired, or already <paramref name="owner"/>'s (which renews it until
    /// <paramref name="expiresAt"/>). False when another owner holds an unexpired lease. Atomic across processes.
    /// </summary>
    Task<bool> TryAcquireAsync(ulong channelId, string owner, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Gives the lease up if <paramref name="owner"/> still holds it.</summary>
    Task ReleaseAsync(ulong channelId, string owner, CancellationToken cancellationToken);
}
