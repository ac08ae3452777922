using Microsoft.Extensions.Options;

namespace Briefing.Bot.Commands;

/// <summary>
/// A sliding-window limit per user on model-backed requests. Written here rather than taken from
/// System.Threading.RateLimiting because those limiters run on their own wall-clock timers and cannot be
/// driven by the injected <see cref="TimeProvider"/> that tests advance. Memory stays bounded: users whose window
/// has passed are dropped (swept at most once per window), and at most <see cref="MaxTrackedUsers"/> users are
/// tracked at once; past that, new users wait until a tracked one's window frees up.
/// </summary>
public sealed class UserRateLimiter(TimeProvider timeProvider, IOptions<CommandOptions> options)
{
    /// <summary>Far more distinct users than one instance serves model answers to per window.</summary>
    public const int DefaultMaxTrackedUsers = 10_000;

    private readonly Dictionary<ulong, Queue<DateTimeOffset>> _recent = [];
    private readonly Lock _gate = new();
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;
    // When the next tracked user's whole window will have passed (as of the last sweep): a full table is swept again
    // only then, so a flood costs one pass per freed slot rather than one per request.
    private DateTimeOffset _earliestFree = DateTimeOffset.MaxValue;

    public int MaxTrackedUsers { get; init; } = DefaultMaxTrackedUsers;

    /// <summary>Users with a permit still inside the window (for tests and diagnostics).</summary>
    internal int TrackedUsers
    {
        get
        {
            lock (_gate)
            {
                return _recent.Count;
            }
        }
    }

    /// <summary>Takes one permit for the user, or returns false with the time until the next one frees up.</summary>
    public bool TryAcquire(ulong userId, out TimeSpan retryAfter)
    {
        var settings = options.Value;
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            if (now - _lastSweep >= settings.RateLimitWindow || (_recent.Count >= MaxTrackedUsers && now >= _earliestFree))
            {
                Sweep(now, settings.RateLimitWindow);
            }

            if (!_recent.TryGetValue(userId, out var stamps))
            {
                if (_recent.Count >= MaxTrackedUsers)
                {
                    // Everyone tracked is still inside the window: a flood of distinct users waits instead of growing memory.
                    retryAfter = _earliestFree - now;
                    return false;
                }

                stamps = new Queue<DateTimeOffset>();
                _recent[userId] = stamps;
                if (now + settings.RateLimitWindow < _earliestFree)
                {
                    _earliestFree = now + settings.RateLimitWindow;
                }
            }

            Expire(stamps, now, settings.RateLimitWindow);
            if (stamps.Count >= settings.RateLimitPermits)
            {
                retryAfter = settings.RateLimitWindow - (now - stamps.Peek());
                return false;
            }

            stamps.Enqueue(now);
            retryAfter = TimeSpan.Zero;
            return true;
        }
    }

    private void Sweep(DateTimeOffset now, TimeSpan window)
    {
        _lastSweep = now;
        _earliestFree = DateTimeOffset.MaxValue;
        foreach (var (user, stamps) in _recent)
        {
            Expire(stamps, now, window);
            if (stamps.Count == 0)
            {
                _recent.Remove(user);
            }
            else if (stamps.Last() + window < _earliestFree)
            {
                _earliestFree = stamps.Last() + window;
            }
        }
    }

    private static void Expire(Queue<DateTimeOffset> stamps, DateTimeOffset now, TimeSpan window)
    {
        while (stamps.Count > 0 && now - stamps.Peek() >= window)
        {
            stamps.Dequeue();
        }
    }
}
