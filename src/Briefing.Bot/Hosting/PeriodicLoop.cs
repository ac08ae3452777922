namespace Briefing.Bot.Hosting;

/// <summary>
/// The loop every periodic background service runs: the work once at start, then on each tick of a
/// <see cref="PeriodicTimer"/> on the injected clock. A failed pass is reported and the next tick tries again;
/// only stopping ends the loop.
/// </summary>
internal static class PeriodicLoop
{
    public static async Task RunAsync(
        TimeSpan interval, TimeProvider timeProvider, Func<CancellationToken, Task> work, Action<Exception> reportFailure, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, timeProvider);
        do
        {
            try
            {
                await work(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                reportFailure(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
