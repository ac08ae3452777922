namespace Briefing.Discord.Gateway;

/// <summary>
/// Hands out IDENTIFY turns by rate-limit bucket (<c>shard_id % max_concurrency</c>): Discord allows one IDENTIFY per
/// bucket per <see cref="Window"/>, counted over every process that runs shards of the bot. In one process the
/// in-memory <see cref="LocalIdentifyCoordinator"/> is enough; several processes share one through their database.
/// </summary>
public interface IIdentifyCoordinator
{
    /// <summary>Discord's identify window: one IDENTIFY per bucket in any 5 s.</summary>
    static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    /// <summary>Waits until <paramref name="bucket"/> had no IDENTIFY for <see cref="Window"/>, then takes the turn.</summary>
    Task TakeTurnAsync(int bucket, CancellationToken cancellationToken);

    /// <summary>
    /// The IDENTIFY of the turn just went out: the bucket's window counts from now. A send can leave well after its turn
    /// (a new process's first serialisation, a loaded machine), and Discord counts what arrives, not what was granted.
    /// </summary>
    Task TurnUsedAsync(int bucket, CancellationToken cancellationToken);
}
