using Briefing.Diagnostics;
using System.Globalization;
using Briefing.Timing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Digests;

/// <summary>
/// Posts each channel's digest exactly once per period, and <c>/digest now</c> exactly once per coverage point.
/// A run first takes the channel's lease in the database, so only one run (of any instance) composes a channel's
/// digest; it re-reads the subscription under the lease and finishes any interrupted run before starting a new
/// one. A channel that refuses posts (403/404) backs off exponentially and is paused after repeated refusals.
/// </summary>
public sealed class DigestDelivery(
    IDigestSubscriptionStore subscriptions,
    IDeliveryLedger ledger,
    IDigestLeaseStore leases,
    DigestComposer composer,
    IDigestPublisher publisher,
    TimeProvider timeProvider,
    IOptions<DigestOptions> options,
    ILogger<DigestDelivery> logger,
    BriefingMetrics metrics)
{
    private readonly DigestRun _run = new(subscriptions, ledger, composer, publisher, timeProvider, logger, metrics);

    /// <summary>Checks every subscription once and delivers the digests that are due. One failing channel does not stop the others.</summary>
    public async Task<IReadOnlyDictionary<ulong, DigestOutcome>> RunDueAsync(CancellationToken cancellationToken)
    {
        var outcomes = new Dictionary<ulong, DigestOutcome>();
        foreach (var subscription in await subscriptions.ListAsync(null, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                outcomes[subscription.ChannelId] = await RunIfDueAsync(subscription, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                DigestsLog.Failed(logger, subscription.ChannelId, ex);
            }
        }

        return outcomes;
    }

    /// <summary>Delivers the subscription's latest scheduled digest if it has not been delivered and is not too late.</summary>
    public async Task<DigestOutcome> RunIfDueAsync(DigestSubscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var now = timeProvider.GetUtcNow();
        if (Waiting(subscription, now) is { } waiting)
        {
            return waiting;
        }

        var period = DigestSchedule.LatestPeriod(subscription, now);
        if (period is null || period.End < subscription.CreatedAt)
        {
            return DigestOutcome.NotDue;
        }

        if (subscription.LastCoveredUntil >= period.End)
        {
            return DigestOutcome.AlreadyDelivered;
        }

        var late = now - period.End;
        if (late > options.Value.MissedDigestWindow && await ledger.GetAsync(period.DeliveryKey, cancellationToken).ConfigureAwait(false) is null)
        {
            // Never started: too late to be useful. The period stays uncovered, so its articles go into the next digest.
            DigestsLog.MissedOutsideWindow(logger, period.DeliveryKey, late);
            return DigestOutcome.MissedOutsideWindow;
        }

        return await UnderLeaseAsync(subscription.ChannelId, async (lease, current) =>
        {
            var resumed = await ResumeInterruptedNowAsync(lease, current, cancellationToken).ConfigureAwait(false);
            current = resumed.Subscription;
            if (current.LastCoveredUntil >= period.End)
            {
                return resumed.Outcome ?? DigestOutcome.AlreadyDelivered;
            }

            return await _run.DeliverAsync(lease, current, period.DeliveryKey, ScheduledSince(current, period), period.End, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>/digest now</c>: posts what is new since the channel's coverage up to now, and moves the coverage forward.
    /// Its ledger key names the coverage point it starts from (not the time), so an interrupted run is found and
    /// finished, by the next <c>/digest now</c> or by the scheduler, with the window it started with.
    /// </summary>
    public async Task<DigestOutcome> RunNowAsync(DigestSubscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return await UnderLeaseAsync(subscription.ChannelId, async (lease, current) =>
        {
            // An interrupted scheduled digest comes first; its articles must not be posted again by this run.
            var period = DigestSchedule.LatestPeriod(current, timeProvider.GetUtcNow());
            DigestOutcome? earlier = null;
            if (period is not null && current.LastCoveredUntil < period.End
                && await ledger.GetAsync(period.DeliveryKey, cancellationToken).ConfigureAwait(false) is { CompletedAt: null })
            {
                earlier = await _run.DeliverAsync(lease, current, period.DeliveryKey, ScheduledSince(current, period), period.End, cancellationToken).ConfigureAwait(false);
                current = await ReloadAsync(current, cancellationToken).ConfigureAwait(false);
            }

            var resumed = await ResumeInterruptedNowAsync(lease, current, cancellationToken).ConfigureAwait(false);
            current = resumed.Subscription;
            if (current.LastCoveredUntil is null)
            {
                // First digest of the channel: a day back. Recorded before the run, so its key and window are fixed.
                await subscriptions.MarkCoveredAsync(current.ChannelId, timeProvider.GetUtcNow().AddDays(-1), cancellationToken).ConfigureAwait(false);
                current = await ReloadAsync(current, cancellationToken).ConfigureAwait(false);
            }

            // The end bound is exclusive; one microsecond (what both databases store) past now includes what was fetched
            // this very instant, and the stored coverage is exactly this bound, so the next run starts where this one ended.
            var now = timeProvider.GetUtcNow();
            var until = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % 10), TimeSpan.Zero).AddTicks(10);
            var outcome = await _run.DeliverAsync(lease, current, NowKey(current), current.LastCoveredUntil!.Value, until, cancellationToken).ConfigureAwait(false);
            return new[] { earlier, resumed.Outcome, outcome }.Contains(DigestOutcome.Posted) ? DigestOutcome.Posted : outcome;
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(DigestSubscription Subscription, DigestOutcome? Outcome)> ResumeInterruptedNowAsync(DigestLease lease, DigestSubscription current, CancellationToken cancellationToken)
    {
        if (current.LastCoveredUntil is null || await ledger.GetAsync(NowKey(current), cancellationToken).ConfigureAwait(false) is not { } interrupted)
        {
            return (current, null);
        }

        var outcome = await _run.DeliverAsync(lease, current, interrupted.DeliveryKey, current.LastCoveredUntil.Value, interrupted.CoversUntil ?? current.LastCoveredUntil.Value, cancellationToken).ConfigureAwait(false);
        return (await ReloadAsync(current, cancellationToken).ConfigureAwait(false), outcome);
    }

    private async Task<DigestOutcome> UnderLeaseAsync(ulong channelId, Func<DigestLease, DigestSubscription, Task<DigestOutcome>> work, CancellationToken cancellationToken)
    {
        var lease = await DigestLease.TryAcquireAsync(leases, timeProvider, options.Value.LeaseDuration, channelId, cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            DigestsLog.HeldByAnotherRun(logger, channelId);
            return DigestOutcome.HeldByAnotherRun;
        }

        await using (lease.ConfigureAwait(false))
        {
            // Read again under the lease: the run that held it before may have moved the coverage.
            var current = await subscriptions.GetAsync(channelId, cancellationToken).ConfigureAwait(false);
            if (current is null || Waiting(current, timeProvider.GetUtcNow()) is not null)
            {
                return current is null ? DigestOutcome.NotDue : Waiting(current, timeProvider.GetUtcNow())!.Value;
            }

            try
            {
                return await work(lease, current).ConfigureAwait(false);
            }
            catch (ChannelUnavailableException ex)
            {
                await RecordRefusalAsync(current, ex.Message, cancellationToken).ConfigureAwait(false);
                return DigestOutcome.ChannelUnavailable;
            }
        }
    }

    private async Task RecordRefusalAsync(DigestSubscription subscription, string reason, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var failures = subscription.FailureCount + 1;
        var now = timeProvider.GetUtcNow();
        var backoff = DoublingBackoff.For(failures, settings.FailureBackoff, settings.MaxFailureBackoff);
        var pause = failures >= settings.PauseAfterFailures;
        await subscriptions.RecordFailureAsync(subscription.ChannelId, failures, now + backoff, pause ? reason : null, pause ? now : null, cancellationToken).ConfigureAwait(false);
        if (pause)
        {
            DigestsLog.Paused(logger, subscription.ChannelId, failures, reason);
        }
        else
        {
            DigestsLog.ChannelUnavailable(logger, subscription.ChannelId, reason, failures, now + backoff);
        }
    }

    private static DigestOutcome? Waiting(DigestSubscription subscription, DateTimeOffset now) =>
        subscription.PausedReason is not null ? DigestOutcome.Paused
        : subscription.RetryAt > now ? DigestOutcome.BackingOff
        : null;

    private async Task<DigestSubscription> ReloadAsync(DigestSubscription subscription, CancellationToken cancellationToken) =>
        await subscriptions.GetAsync(subscription.ChannelId, cancellationToken).ConfigureAwait(false) ?? subscription;

    // Never delivered yet: from the coverage, or from the subscription if a missed day came first.
    private static DateTimeOffset ScheduledSince(DigestSubscription subscription, DigestPeriod period) =>
        subscription.LastCoveredUntil ?? (subscription.CreatedAt < period.Start ? subscription.CreatedAt : period.Start);

    private static string NowKey(DigestSubscription subscription) =>
        string.Create(CultureInfo.InvariantCulture, $"digest:{subscription.ChannelId}:now:{subscription.LastCoveredUntil!.Value.UtcTicks}");
}
