namespace Briefing.Digests;

/// <summary>
/// Which article went out in which digest message of a channel, written right after each page is posted. It is what
/// <c>/digest explain</c> reads to say "delivered, in this message"; the delivery ledger itself only knows pages.
/// </summary>
public interface IDigestArticleLog
{
    /// <summary>Records the page's articles; recording the same page again (a resumed run) changes nothing.</summary>
    Task RecordAsync(ulong channelId, string deliveryKey, string messageId, IReadOnlyList<(long ArticleId, long EntryArticleId)> articles, DateTimeOffset deliveredAt, CancellationToken cancellationToken);

    /// <summary>The first delivery of the article to the channel, or null when it never went out there.</summary>
    Task<DeliveredArticle?> FindAsync(ulong channelId, long articleId, CancellationToken cancellationToken);
}

/// <summary>
/// One article in one posted digest message. <see cref="EntryArticleId"/> heads the entry it was listed in: the article
/// itself, or the story's best piece when the article was one of its "also:" links.
/// </summary>
public sealed record DeliveredArticle(long ArticleId, long EntryArticleId, string DeliveryKey, string MessageId, DateTimeOffset DeliveredAt);
