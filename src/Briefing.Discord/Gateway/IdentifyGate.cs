using Briefing.Discord.Rest;

namespace Briefing.Discord.Gateway;

/// <summary>
/// Paces IDENTIFY: one per <c>max_concurrency</c> bucket (<c>shard_id % max_concurrency</c>) per 5 s through the
/// <see cref="IIdentifyCoordinator"/> (shared by every instance when they share a database), and never once
/// <c>session_start_limit.remaining</c> is 0 (going over Discord's 1000 identifies per day resets the bot token).
/// RESUME does not count and does not pass here.
/// </summary>
internal sealed class IdentifyGate(IGatewayBotSource botSource, IIdentifyCoordinator coordinator)
{
    private readonly Lock _gate = new();
    private SessionStartLimit? _limit;
    private int _maxConcurrency = 1;
    private int _remaining;

    public void Configure(SessionStartLimit limit)
    {
        lock (_gate)
        {
            _limit = limit;
            _remaining = limit.Remaining;
            _maxConcurrency = Math.Max(1, limit.MaxConcurrency);
        }
    }

    /// <summary>The bucket a shard identifies in under the current <c>max_concurrency</c>.</summary>
    public int BucketOf(int shardId)
    {
        lock (_gate)
        {
            return shardId % _maxConcurrency;
        }
    }

    public async Task WaitAsync(int shardId, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _remaining) <= 0)
        {
            // Our count may be stale (the daily budget resets): ask Discord once before giving up.
            var fresh = await botSource.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
            Configure(fresh.SessionStartLimit);
            if (Volatile.Read(ref _remaining) <= 0)
            {
                throw new GatewayFatalException(
                    $"session start limit exhausted (0 of {_limit?.Total} identifies left, resets in {_limit?.ResetAfter}); not identifying");
            }
        }

        await coordinator.TakeTurnAsync(BucketOf(shardId), cancellationToken).ConfigureAwait(false);
        Interlocked.Decrement(ref _remaining);
    }

    /// <summary>Call right after the IDENTIFY went out: its bucket's 5 s count from the send, not from the turn.</summary>
    public Task SentAsync(int shardId, CancellationToken cancellationToken) =>
        coordinator.TurnUsedAsync(BucketOf(shardId), cancellationToken);
}
