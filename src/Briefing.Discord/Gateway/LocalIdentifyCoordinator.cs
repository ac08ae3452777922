using System.Collections.Concurrent;

namespace Briefing.Discord.Gateway;

/// <summary>IDENTIFY turns for a single process (SQLite, or one instance): one sliding window per bucket, in memory.</summary>
internal sealed class LocalIdentifyCoordinator(TimeProvider timeProvider) : IIdentifyCoordinator
{
    private readonly ConcurrentDictionary<int, SlidingWindowLimiter> _buckets = new();

    public Task TakeTurnAsync(int bucket, CancellationToken cancellationToken) =>
        _buckets.GetOrAdd(bucket, _ => new SlidingWindowLimiter(1, IIdentifyCoordinator.Window, timeProvider))
            .AcquireAsync(0, cancellationToken);
}
