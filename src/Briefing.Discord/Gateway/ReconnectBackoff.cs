namespace Briefing.Discord.Gateway;

/// <summary>Reconnect delay: 1 s doubling up to 60 s per consecutive failure, each drawn in [half, full] so shards do not reconnect in step.</summary>
internal static class ReconnectBackoff
{
    private static readonly TimeSpan Initial = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Maximum = TimeSpan.FromSeconds(60);

    public static TimeSpan For(int consecutiveFailures, IJitterSource jitter)
    {
        if (consecutiveFailures <= 0)
        {
            return TimeSpan.Zero;
        }

        var exponent = Math.Min(consecutiveFailures - 1, 6);
        var ceiling = TimeSpan.FromTicks(Math.Min(Initial.Ticks << exponent, Maximum.Ticks));
        return ceiling * (0.5 + (jitter.NextDouble() / 2));
    }
}
