namespace Briefing.Timing;

/// <summary>
/// The product's one backoff formula for work that failed several times in a row (a feed poll, a digest post):
/// the first failure waits <c>first</c>, each further one twice as long, never longer than <c>maximum</c>.
/// In-process retries use Polly instead; the gateway's jittered reconnect delay is the wire project's own.
/// </summary>
public static class DoublingBackoff
{
    public static TimeSpan For(int consecutiveFailures, TimeSpan first, TimeSpan maximum)
    {
        var doublings = Math.Clamp(consecutiveFailures - 1, 0, 62);
        // Compared before shifting, so a long first wait and many failures cannot overflow into a negative wait.
        return first.Ticks > maximum.Ticks >> doublings ? maximum : TimeSpan.FromTicks(first.Ticks << doublings);
    }
}
