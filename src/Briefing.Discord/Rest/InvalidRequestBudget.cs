using System.Net;
using Microsoft.Extensions.Logging;

namespace Briefing.Discord.Rest;

/// <summary>
/// Discord bans an IP for a while after 10,000 invalid requests (401, 403, 429) in 10 minutes; 429s with
/// <c>X-RateLimit-Scope: shared</c> do not count. This keeps the same sliding count on the injected clock and slows
/// the bot down long before the limit: past <see cref="SlowDownAt"/> non-essential calls (typing) wait
/// <see cref="NonEssentialDelay"/> first, past <see cref="RefuseNonEssentialAt"/> they are refused, and past
/// <see cref="RefuseAllAt"/> every call is refused until the window slides below it again.
/// </summary>
internal sealed class InvalidRequestBudget(TimeProvider timeProvider, ILogger logger)
{
    /// <summary>Discord's documented limit and window.</summary>
    public const int DiscordLimit = 10_000;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly Queue<DateTimeOffset> _invalid = new();
    private readonly Lock _gate = new();

    public int SlowDownAt { get; init; } = 5_000;
    public int RefuseNonEssentialAt { get; init; } = 8_000;
    public int RefuseAllAt { get; init; } = 9_500;
    public TimeSpan NonEssentialDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Invalid requests in the last ten minutes.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                Expire(timeProvider.GetUtcNow());
                return _invalid.Count;
            }
        }
    }

    /// <summary>Waits or throws <see cref="DiscordRequestRefusedException"/> as the count demands; returns at once otherwise.</summary>
    public async Task EnterAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        var count = Count;
        if (count >= RefuseAllAt || (!route.Essential && count >= RefuseNonEssentialAt))
        {
            DiscordRestLog.RefusedNearInvalidLimit(logger, route.RouteKey, count, DiscordLimit);
            throw new DiscordRequestRefusedException(route.RouteKey, count);
        }

        if (!route.Essential && count >= SlowDownAt)
        {
            await Task.Delay(NonEssentialDelay, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Counts the response if Discord counts it as invalid.</summary>
    public void Record(HttpStatusCode status, string? rateLimitScope)
    {
        var invalid = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            || (status == HttpStatusCode.TooManyRequests && !string.Equals(rateLimitScope, "shared", StringComparison.OrdinalIgnoreCase));
        if (!invalid)
        {
            return;
        }

        int count;
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            Expire(now);
            _invalid.Enqueue(now);
            count = _invalid.Count;
        }

        if (count == SlowDownAt)
        {
            DiscordRestLog.NearInvalidLimit(logger, count, DiscordLimit);
        }
    }

    private void Expire(DateTimeOffset now)
    {
        while (_invalid.Count > 0 && now - _invalid.Peek() >= Window)
        {
            _invalid.Dequeue();
        }
    }
}
