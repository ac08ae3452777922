namespace Briefing.Discord.Rest;

/// <summary>
/// One rate-limit bucket (hash + top-level resource, or a route not yet learned). Requests in a bucket
/// run one at a time, so the Remaining count from the last response is always exact and concurrency can
/// never overrun it.
/// </summary>
internal sealed class RateLimitBucket
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public RateLimitBucket(string key) => Key = key;

    public string Key { get; }
    public int? Limit { get; private set; }
    public int? Remaining { get; private set; }
    public DateTimeOffset ResetAt { get; private set; }

    public Task EnterAsync(CancellationToken cancellationToken) => _gate.WaitAsync(cancellationToken);

    public void Exit() => _gate.Release();

    /// <summary>Enters only when nobody is inside or waiting (for pruning).</summary>
    public bool TryEnter() => _gate.Wait(0);

    /// <summary>How long to wait before the next request may go (zero when it may go now).</summary>
    public TimeSpan DelayBeforeNext(DateTimeOffset now)
    {
        if (Remaining is 0 && ResetAt > now)
        {
            return ResetAt - now;
        }
        if (Remaining is 0)
        {
            // The window passed: Discord refilled the bucket; the next response tells the exact count.
            Remaining = Limit;
        }
        return TimeSpan.Zero;
    }

    public void Update(int? limit, int remaining, TimeSpan resetAfter, DateTimeOffset now)
    {
        Limit = limit ?? Limit;
        Remaining = remaining;
        ResetAt = now + resetAfter + DiscordRateLimiter.SafetyMargin;
    }

    /// <summary>After a 429 on this bucket: nothing may go until <paramref name="retryAfter"/> has passed.</summary>
    public void Block(TimeSpan retryAfter, DateTimeOffset now)
    {
        Remaining = 0;
        var until = now + retryAfter + DiscordRateLimiter.SafetyMargin;
        if (until > ResetAt)
        {
            ResetAt = until;
        }
    }

    public void CopyFrom(RateLimitBucket other)
    {
        Limit = other.Limit;
        Remaining = other.Remaining;
        ResetAt = other.ResetAt;
    }
}
