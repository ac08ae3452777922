using Briefing.Articles;
using Briefing.Storage;

namespace Briefing.Digests;

/// <summary>
/// Answers "was this article delivered to this channel, and if not, why?" from records only: the digest log (what went
/// out in which message), the subscription (topics, when it started, how far it covered), the article (when it was
/// stored, whether it is held out), the duplicates noted at ingest, and the server's feeds (<see cref="IFeedTroubleLookup"/>).
/// </summary>
public sealed class DigestExplainer(
    IArticleTrail trail,
    IArticleStore articles,
    IDigestSubscriptionStore subscriptions,
    IDigestArticleLog articleLog,
    IFeedTroubleLookup feeds,
    TimeProvider timeProvider)
{
    public async Task<DigestExplanation> ExplainAsync(ulong guildId, ulong channelId, string url, CancellationToken cancellationToken)
    {
        var canonical = CanonicalUrl.Normalize(url);
        var found = await trail.FindAsync(canonical, ArticleScope.Guild(guildId), cancellationToken).ConfigureAwait(false);
        var subscription = await subscriptions.GetAsync(channelId, cancellationToken).ConfigureAwait(false);
        if (subscription is not null && subscription.GuildId != guildId)
        {
            subscription = null;
        }

        if (found.ArticleId is { } id && await articles.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } article)
        {
            return await ForArticleAsync(article, canonical, subscription, channelId, cancellationToken).ConfigureAwait(false);
        }

        if (found.DuplicateOf is { } originalId && await articles.GetAsync(originalId, cancellationToken).ConfigureAwait(false) is { } original)
        {
            var inner = await ForArticleAsync(original, original.Url, subscription, channelId, cancellationToken).ConfigureAwait(false);
            return new DigestExplanation { Verdict = ExplainVerdict.Duplicate, Url = canonical, Article = original, Subscription = subscription, Original = inner };
        }

        if (found.StoredElsewhere)
        {
            return new DigestExplanation { Verdict = ExplainVerdict.NotVisibleHere, Url = canonical, Subscription = subscription };
        }

        var feed = await feeds.FindAsync(guildId, canonical, cancellationToken).ConfigureAwait(false);
        return new DigestExplanation
        {
            Verdict = feed is null ? ExplainVerdict.NotInLibrary : ExplainVerdict.FeedTrouble,
            Url = canonical,
            Subscription = subscription,
            Feed = feed,
        };
    }

    private async Task<DigestExplanation> ForArticleAsync(Article article, string url, DigestSubscription? subscription, ulong channelId, CancellationToken cancellationToken)
    {
        var answer = new DigestExplanation { Verdict = ExplainVerdict.NoSubscription, Url = url, Article = article, Subscription = subscription };
        if (subscription is null)
        {
            return answer;
        }

        if (await articleLog.FindAsync(channelId, article.Id, cancellationToken).ConfigureAwait(false) is { } delivery)
        {
            var under = delivery.EntryArticleId == article.Id ? null : await articles.GetAsync(delivery.EntryArticleId, cancellationToken).ConfigureAwait(false);
            return answer with { Verdict = ExplainVerdict.Delivered, Delivery = delivery, ListedUnder = under };
        }

        if (!article.InDigest)
        {
            return answer with { Verdict = ExplainVerdict.HeldOut };
        }

        if (article.FetchedAt < subscription.CreatedAt)
        {
            return answer with { Verdict = ExplainVerdict.SubscribedLater };
        }

        if (!TopicMatcher.Matches(article, subscription.Topics))
        {
            return answer with { Verdict = ExplainVerdict.OutsideTopics };
        }

        return subscription.LastCoveredUntil is not { } covered || article.FetchedAt >= covered
            ? answer with { Verdict = ExplainVerdict.AfterLastDigest, NextDigest = DigestSchedule.NextOccurrence(subscription, timeProvider.GetUtcNow()) }
            : answer with { Verdict = ExplainVerdict.CoveredNotListed };
    }
}
