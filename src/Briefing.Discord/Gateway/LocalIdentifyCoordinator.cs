namespace Briefing.Discord.Gateway;

/// <summary>
/// IDENTIFY turns for a single process (SQLite, or one instance), in memory: per bucket the time its next IDENTIFY may
/// go, set when a turn is taken and pushed on when the IDENTIFY is actually sent.
/// </summary>
internal sealed class LocalIdentifyCoordinator(TimeProvider timeProvider) : IIdentifyCoordinator
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, DateTimeOffset> _nextAllowed = [];

    public async Task TakeTurnAsync(int bucket, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = timeProvider.GetUtcNow();
                if (!_nextAllowed.TryGetValue(bucket, out var next) || next <= now)
                {
                    _nextAllowed[bucket] = now + IIdentifyCoordinator.Window;
                    return;
                }

                wait = next - now;
            }

            await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task TurnUsedAsync(int bucket, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var next = timeProvider.GetUtcNow() + IIdentifyCoordinator.Window;
            if (!_nextAllowed.TryGetValue(bucket, out var reserved) || reserved < next)
            {
                _nextAllowed[bucket] = next;
            }
        }

        return Task.CompletedTask;
    }
}
