using System.Collections.Concurrent;

namespace Briefing.Discord.Rest;

/// <summary>
/// The buckets the limiter knows: route template → bucket hash (learned from X-RateLimit-Bucket), and
/// bucket key (hash + top-level resource, or a per-route placeholder before the hash is known) → state.
/// </summary>
internal sealed class RateLimitBucketRegistry(TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, string> _bucketHashByRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);

    /// <summary>Above this many buckets, expired ones are dropped.</summary>
    public int PruneThreshold { get; set; } = 1000;

    /// <summary>
    /// The least time between two pruning passes. In a burst every interaction holds a bucket of its own until its
    /// callback is answered, so the map stays above the threshold however often it is pruned: a pass after every response
    /// would walk thousands of live buckets thousands of times (quadratic, and it showed as the top cost of a burst).
    /// </summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromSeconds(1);

    private long _nextPruneTicks;

    public int Count => _buckets.Count;

    /// <summary>The live bucket the route maps to now, if one exists.</summary>
    public RateLimitBucket? Find(DiscordRoute route) => _buckets.TryGetValue(BucketKey(route), out var bucket) ? bucket : null;

    /// <summary>
    /// Enters the bucket this route is known to use, or a per-route placeholder until the first response
    /// names the bucket. If the mapping was learned while waiting, moves to the real bucket.
    /// </summary>
    public async Task<RateLimitBucket> EnterAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        while (true)
        {
            var bucket = _buckets.GetOrAdd(BucketKey(route), key => new RateLimitBucket(key));
            await bucket.EnterAsync(cancellationToken).ConfigureAwait(false);
            // Still the live bucket for this route (not re-mapped to a learned hash, not pruned meanwhile)?
            if (bucket.Key == BucketKey(route) && _buckets.TryGetValue(bucket.Key, out var live) && ReferenceEquals(live, bucket))
            {
                return bucket;
            }
            bucket.Exit();
        }
    }

    private string BucketKey(DiscordRoute route) =>
        _bucketHashByRoute.TryGetValue(route.RouteKey, out var hash)
            ? $"{hash}|{route.TopLevelResource}"
            : $"route:{route.RouteKey}|{route.TopLevelResource}";

    /// <summary>Updates the bucket from a response and remembers which bucket hash the route uses.</summary>
    public void Learn(DiscordRoute route, RateLimitBucket current, RateLimitHeaders headers)
    {
        if (headers.Remaining is not { } remaining || headers.ResetAfter is not { } resetAfter)
        {
            return;
        }
        var now = timeProvider.GetUtcNow();
        current.Update(headers.Limit, remaining, resetAfter, now);
        if (headers.Bucket is not { Length: > 0 } hash)
        {
            return;
        }
        _bucketHashByRoute[route.RouteKey] = hash;
        var learnedKey = $"{hash}|{route.TopLevelResource}";
        if (learnedKey != current.Key)
        {
            // Requests that enter later use the learned bucket; it starts from what this response said.
            var learned = _buckets.GetOrAdd(learnedKey, key => new RateLimitBucket(key));
            learned.CopyFrom(current);
        }
    }

    public void PruneExpired()
    {
        if (_buckets.Count <= PruneThreshold)
        {
            return;
        }
        var now = timeProvider.GetUtcNow();
        var next = Interlocked.Read(ref _nextPruneTicks);
        // One pass per interval, by whichever caller claims it; the others go on at once.
        if (now.UtcTicks < next || Interlocked.CompareExchange(ref _nextPruneTicks, (now + PruneInterval).UtcTicks, next) != next)
        {
            return;
        }
        foreach (var (key, bucket) in _buckets)
        {
            // Only buckets whose window passed and that nobody holds or waits for: they carry no information.
            if (bucket.ResetAt < now && bucket.TryEnter())
            {
                try
                {
                    _buckets.TryRemove(KeyValuePair.Create(key, bucket));
                }
                finally
                {
                    bucket.Exit();
                }
            }
        }
    }
}
