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
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicLoop.RunAsync(options.Value.CheckInterval, timeProvider, poller.PollDueAsync, ex => HostingLog.FeedPollFailed(logger, ex), stoppingToken);
}
