namespace Briefing.Discord.Gateway;

/// <summary>
/// At most <c>permits</c> acquisitions in any rolling <c>window</c>, waiting (on the injected TimeProvider) when full.
/// Hand-written instead of System.Threading.RateLimiting because those limiters run on wall-clock timers and
/// cannot take a TimeProvider, and because callers need a per-call reserve (heartbeats may use slots others may not).
/// </summary>
internal sealed class SlidingWindowLimiter(int permits, TimeSpan window, TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private readonly Queue<long> _grantedAt = new();

    public int Permits => permits;

    /// <summary>Waits until fewer than <c>permits - reserved</c> acquisitions fall in the window, then takes one.</summary>
    public async Task AcquireAsync(int reserved, CancellationToken cancellationToken)
    {
        var limit = Math.Max(1, permits - reserved);
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = timeProvider.GetTimestamp();
                while (_grantedAt.Count > 0 && timeProvider.GetElapsedTime(_grantedAt.Peek(), now) >= window)
                {
                    _grantedAt.Dequeue();
                }

                if (_grantedAt.Count < limit)
                {
                    _grantedAt.Enqueue(now);
                    return;
                }

                // The slot that frees first is the (count - limit + 1)-th oldest grant.
                var oldestThatMustExpire = _grantedAt.ElementAt(_grantedAt.Count - limit);
                wait = window - timeProvider.GetElapsedTime(oldestThatMustExpire, now);
            }

            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), timeProvider, cancellationToken)
                .ConfigureAwait(false);
        }
    }
}
