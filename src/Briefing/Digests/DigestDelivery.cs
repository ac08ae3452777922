using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Digests;

/// <summary>
/// Posts each channel's digest exactly once per period. The period's key is claimed in the delivery ledger
/// before anything is posted, and so is every page (key#page) with its own nonce; a page is recorded as
/// complete right after it is posted. A process killed mid-digest resumes at the first incomplete page and
/// re-sends it with the original nonce, so nothing is duplicated and nothing is skipped.
/// </summary>
public sealed class DigestDelivery(
    IDigestSubscriptionStore subscriptions,
    IDeliveryLedger ledger,
    DigestComposer composer,
    IDigestPublisher publisher,
    TimeProvider timeProvider,
    IOptions<DigestOptions> options,
    ILogger<DigestDelivery> logger)
{
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
        var now = timeProvider.GetUtcNow();
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
        if (late > options.Value.MissedDigestWindow)
        {
            var entry = await ledger.GetAsync(period.DeliveryKey, cancellationToken).ConfigureAwait(false);
            if (entry is null)
            {
                // Never started: too late to be useful. The period stays uncovered, so its articles go into the next digest.
                DigestsLog.MissedOutsideWindow(logger, period.DeliveryKey, late);
                return DigestOutcome.MissedOutsideWindow;
            }
        }

        // Never delivered yet: from the period's start, or from the subscription if a missed day came first.
        var since = subscription.LastCoveredUntil ?? (subscription.CreatedAt < period.Start ? subscription.CreatedAt : period.Start);
        return await DeliverAsync(subscription, period.DeliveryKey, since, period.End, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>/digest now</c>: posts what is new since the last digest up to now, once, and moves the channel's coverage forward.</summary>
    public Task<DigestOutcome> RunNowAsync(DigestSubscription subscription, CancellationToken cancellationToken)
    {
        // The end bound is exclusive; one tick past now includes what was fetched this very instant.
        var now = timeProvider.GetUtcNow().AddTicks(1);
        var since = subscription.LastCoveredUntil ?? now.AddDays(-1);
        var key = string.Create(CultureInfo.InvariantCulture, $"digest:{subscription.ChannelId}:now:{now.UtcTicks}");
        return DeliverAsync(subscription, key, since, now, cancellationToken);
    }

    private async Task<DigestOutcome> DeliverAsync(DigestSubscription subscription, string key, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var existing = await ledger.GetAsync(key, cancellationToken).ConfigureAwait(false);
        if (existing?.CompletedAt is not null)
        {
            // Posted, but the process stopped before the coverage was recorded.
            await subscriptions.MarkCoveredAsync(subscription.ChannelId, until, cancellationToken).ConfigureAwait(false);
            DigestsLog.AlreadyDelivered(logger, key);
            return DigestOutcome.AlreadyDelivered;
        }

        if (existing is not null)
        {
            DigestsLog.Resuming(logger, key);
        }

        // Composed from the fixed window [since, until): a retry after a crash produces the same pages.
        var digest = await composer.ComposeAsync(subscription.GuildId, subscription.Topics, since, until, cancellationToken).ConfigureAwait(false);
        await ledger.ClaimAsync(key, NewNonce(), timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);

        var messageIds = new List<string>(digest.Pages.Count);
        foreach (var page in digest.Pages)
        {
            var pageKey = string.Create(CultureInfo.InvariantCulture, $"{key}#{page.Number}");
            var claim = await ledger.ClaimAsync(pageKey, NewNonce(), timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            if (claim.CompletedAt is not null)
            {
                messageIds.Add(claim.MessageIds ?? string.Empty);
                continue;
            }

            var messageId = await publisher.PublishAsync(subscription, digest, page, claim.Nonce, cancellationToken).ConfigureAwait(false);
            await ledger.CompleteAsync(pageKey, messageId, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            messageIds.Add(messageId);
        }

        await ledger.CompleteAsync(key, string.Join(',', messageIds), timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await subscriptions.MarkCoveredAsync(subscription.ChannelId, until, cancellationToken).ConfigureAwait(false);

        if (digest.IsEmpty)
        {
            DigestsLog.Empty(logger, key);
            return DigestOutcome.Empty;
        }

        DigestsLog.Posted(logger, key, digest.Pages.Count, digest.EntryCount);
        return DigestOutcome.Posted;
    }

    // Discord accepts nonces of at most 25 characters; 20 hex digits carry 80 random bits.
    private static string NewNonce() => Convert.ToHexString(RandomNumberGenerator.GetBytes(10));
}
