using Briefing.Digests;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Bot.Hosting;

/// <summary>
/// Checks the digest subscriptions every <see cref="DigestOptions.CheckInterval"/> and delivers what is due.
/// The first check runs at start, which is how a digest missed during downtime is posted (once, inside the window).
/// </summary>
public sealed class DigestSchedulerService(DigestDelivery delivery, TimeProvider timeProvider, IOptions<DigestOptions> options, ILogger<DigestSchedulerService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicLoop.RunAsync(options.Value.CheckInterval, timeProvider, CheckAsync, ex => HostingLog.DigestCheckFailed(logger, ex), stoppingToken);

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        var outcomes = await delivery.RunDueAsync(cancellationToken).ConfigureAwait(false);
        HostingLog.DigestCheckDone(logger, outcomes.Count);
    }
}
