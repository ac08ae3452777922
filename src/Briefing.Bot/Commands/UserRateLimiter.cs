using Microsoft.Extensions.Options;

namespace Briefing.Bot.Commands;

/// <summary>
/// A sliding-window limit per user on model-backed requests. Written here rather than taken from
/// System.Threading.RateLimiting because those limiters run on their own wall-clock timers and cannot be
/// driven by the injected <see cref="TimeProvider"/> that tests advance.
/// </summary>
public sealed class UserRateLimiter(TimeProvider timeProvider, IOptions<CommandOptions> options)
{
    private readonly Dictionary<ulong, Queue<DateTimeOffset>> _recent = [];
    private readonly Lock _gate = new();

    /// <summary>Takes one permit for the user, or returns false with the time until the next one frees up.</summary>
    public bool TryAcquire(ulong userId, out TimeSpan retryAfter)
    {
        var settings = options.Value;
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            if (!_recent.TryGetValue(userId, out var stamps))
            {
                stamps = new Queue<DateTimeOffset>();
                _recent[userId] = stamps;
            }

            while (stamps.Count > 0 && now - stamps.Peek() >= settings.RateLimitWindow)
            {
                stamps.Dequeue();
            }

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
}
