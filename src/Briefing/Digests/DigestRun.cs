using Briefing.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace Briefing.Digests;

/// <summary>
/// Posts one digest run under a held lease. The run's key is claimed in the delivery ledger with the end of the
/// window it covers, and so is every page (key#page) with its own nonce; a page is recorded as complete right after
/// it is posted. A run killed mid-way resumes at the first incomplete page. A page that was claimed but never
/// confirmed may have reached the channel, and Discord forgets nonces after minutes, so it is not simply re-sent:
/// the publisher first looks at what the channel holds since the claim and posts only what is missing.
/// </summary>
internal sealed class DigestRun(
    IDigestSubscriptionStore subscriptions,
    IDeliveryLedger ledger,
    IDigestArticleLog articleLog,
    DigestComposer composer,
    IDigestPublisher publisher,
    TimeProvider timeProvider,
    ILogger logger,
    BriefingMetrics metrics)
{
    public async Task<DigestOutcome> DeliverAsync(DigestLease lease, DigestSubscription subscription, string key, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var existing = await ledger.GetAsync(key, cancellationToken).ConfigureAwait(false);
        // A resumed run keeps the window it started with, so its pages come out the same.
        until = existing?.CoversUntil ?? until;
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

        var digest = await composer.ComposeAsync(subscription.GuildId, subscription.Topics, since, until, cancellationToken).ConfigureAwait(false);
        await ledger.ClaimRunAsync(key, NewNonce(), timeProvider.GetUtcNow(), until, cancellationToken).ConfigureAwait(false);

        var messageIds = new List<string>(digest.Pages.Count);
        foreach (var page in digest.Pages)
        {
            await lease.RenewAsync(cancellationToken).ConfigureAwait(false);
            messageIds.Add(await PostPageAsync(subscription, digest, page, key, cancellationToken).ConfigureAwait(false));
        }

        await ledger.CompleteAsync(key, string.Join(',', messageIds), timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await subscriptions.MarkCoveredAsync(subscription.ChannelId, until, cancellationToken).ConfigureAwait(false);
        if (subscription.FailureCount > 0)
        {
            await subscriptions.ClearFailuresAsync(subscription.ChannelId, cancellationToken).ConfigureAwait(false);
        }

        if (digest.IsEmpty)
        {
            DigestsLog.Empty(logger, key);
            return DigestOutcome.Empty;
        }

        DigestsLog.Posted(logger, key, digest.Pages.Count, digest.ArticleCount);
        metrics.DigestPosted();
        return DigestOutcome.Posted;
    }

    private async Task<string> PostPageAsync(DigestSubscription subscription, Digest digest, DigestPage page, string key, CancellationToken cancellationToken)
    {
        var pageKey = string.Create(CultureInfo.InvariantCulture, $"{key}#{page.Number}");
        var nonce = NewNonce();
        var claim = await ledger.ClaimAsync(pageKey, nonce, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (claim.CompletedAt is not null)
        {
            // Posted before a crash; its articles may not have been logged yet (the log ignores rows it already has).
            await LogArticlesAsync(subscription, page, key, claim.MessageIds ?? string.Empty, claim.CompletedAt.Value, cancellationToken).ConfigureAwait(false);
            return claim.MessageIds ?? string.Empty;
        }

        string messageIds;
        if (claim.Nonce == nonce)
        {
            messageIds = await publisher.PublishAsync(subscription, digest, page, claim.Nonce, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            // Claimed by an earlier attempt that never confirmed it: what reached the channel is recorded, the rest posted.
            var published = await publisher.PublishMissingAsync(subscription, digest, page, claim.Nonce, claim.ClaimedAt, cancellationToken).ConfigureAwait(false);
            DigestsLog.Reconciled(logger, pageKey, published.AlreadyPresent);
            messageIds = published.MessageIds;
        }

        var completedAt = timeProvider.GetUtcNow();
        await ledger.CompleteAsync(pageKey, messageIds, completedAt, cancellationToken).ConfigureAwait(false);
        await LogArticlesAsync(subscription, page, key, messageIds, completedAt, cancellationToken).ConfigureAwait(false);
        return messageIds;
    }

    // An entry's own article and its "also:" links went out in the page's first message (a page is one message unless
    // the transport had to split it). The opposing view is only named, not delivered, so it is not logged.
    private Task LogArticlesAsync(DigestSubscription subscription, DigestPage page, string key, string messageIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var messageId = messageIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (messageId is null)
        {
            return Task.CompletedTask;
        }

        var articles = page.Entries
            .SelectMany(e => e.Also.Select(a => (a.ArticleId, e.ArticleId)).Prepend((e.ArticleId, e.ArticleId)))
            .ToList();
        return articleLog.RecordAsync(subscription.ChannelId, key, messageId, articles, at, cancellationToken);
    }

    // Discord accepts nonces of at most 25 characters; 20 hex digits carry 80 random bits.
    private static string NewNonce() => Convert.ToHexString(RandomNumberGenerator.GetBytes(10));
}
