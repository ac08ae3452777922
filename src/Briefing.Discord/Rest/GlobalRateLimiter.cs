namespace Briefing.Discord.Rest;

/// <summary>
/// Discord's global limit: at most 50 requests per second per bot (interaction routes exempt), plus a
/// global 429 that blocks every non-exempt request for its retry_after. A sliding one-second window of
/// send times on the injected clock; hand-written because System.Threading.RateLimiting's limiters run
/// on their own timers and cannot take a <see cref="TimeProvider"/>.
/// </summary>
internal sealed class GlobalRateLimiter(TimeProvider timeProvider, int requestsPerSecond)
{
    // One second plus the margin: arrival order at Discord can differ a little from send order.
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1) + DiscordRateLimiter.SafetyMargin;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _blockLock = new();
    private DateTimeOffset _blockedUntil;

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = timeProvider.GetUtcNow();
                while (_sent.Count > 0 && now - _sent.Peek() >= Window)
                {
                    _sent.Dequeue();
                }
                var blockedUntil = BlockedUntil();
                var delay = blockedUntil > now ? blockedUntil - now : TimeSpan.Zero;
                if (delay == TimeSpan.Zero && _sent.Count >= requestsPerSecond)
                {
                    delay = _sent.Peek() + Window - now;
                }
                if (delay <= TimeSpan.Zero)
                {
                    _sent.Enqueue(now);
                    return;
                }
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private DateTimeOffset BlockedUntil()
    {
        lock (_blockLock)
        {
            return _blockedUntil;
        }
    }

    /// <summary>A global 429: hold every non-exempt request until <paramref name="retryAfter"/> has passed.</summary>
    public void Block(TimeSpan retryAfter)
    {
        var until = timeProvider.GetUtcNow() + retryAfter + DiscordRateLimiter.SafetyMargin;
        lock (_blockLock)
        {
            if (until > _blockedUntil)
            {
                _blockedUntil = until;
            }
        }
    }
}
