using Briefing.Feeds;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Bot.Hosting;

/// <summary>
/// Polls the due feeds every <see cref="FeedOptions.CheckInterval"/>. Backoff and disabling of failing feeds are
/// the <see cref="FeedPollService"/>'s; this loop only keeps one failed pass from stopping the next.
/// </summary>
public sealed class FeedPollerService(FeedPollService poller, TimeProvider timeProvider, IOptions<FeedOptions> options, ILogger<FeedPollerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval, timeProvider);
        do
        {
            try
            {
                await poller.PollDueAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                HostingLog.FeedPollFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
