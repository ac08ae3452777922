using Briefing.Discord.Rest;

namespace Briefing.Discord.Gateway;

/// <summary>
/// Paces IDENTIFY: at most <c>max_concurrency</c> per 5 s, and never once <c>session_start_limit.remaining</c> is 0
/// (going over Discord's 1000 identifies per day resets the bot token). RESUME does not count and does not pass here.
/// </summary>
internal sealed class IdentifyGate(IGatewayBotSource botSource, TimeProvider timeProvider)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);
    private SlidingWindowLimiter _limiter = new(1, Window, timeProvider);
    private SessionStartLimit? _limit;
    private int _remaining;

    public void Configure(SessionStartLimit limit)
    {
        _limit = limit;
        _remaining = limit.Remaining;
        _limiter = new SlidingWindowLimiter(Math.Max(1, limit.MaxConcurrency), Window, timeProvider);
    }

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        if (_remaining <= 0)
        {
            // Our count may be stale (the daily budget resets): ask Discord once before giving up.
            var fresh = await botSource.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
            Configure(fresh.SessionStartLimit);
            if (_remaining <= 0)
            {
                throw new GatewayFatalException(
                    $"session start limit exhausted (0 of {_limit?.Total} identifies left, resets in {_limit?.ResetAfter}); not identifying");
            }
        }

        await _limiter.AcquireAsync(0, cancellationToken).ConfigureAwait(false);
        _remaining--;
    }
}
