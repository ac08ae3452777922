using Briefing.Storage;
using Dapper;

namespace Briefing.Digests;

/// <summary>The digest_article_deliveries table; the same SQL on both engines.</summary>
internal sealed class DigestArticleLog(IDbConnectionFactory connections) : IDigestArticleLog
{
    private const string Insert = """
        INSERT INTO digest_article_deliveries (channel_id, article_id, entry_article_id, delivery_key, message_id, delivered_at)
        VALUES (@ChannelId, @ArticleId, @EntryArticleId, @DeliveryKey, @MessageId, @DeliveredAt)
        ON CONFLICT (channel_id, article_id, delivery_key) DO NOTHING
        """;
    private const string SelectFirst = """
        SELECT article_id AS ArticleId, entry_article_id AS EntryArticleId, delivery_key AS DeliveryKey, message_id AS MessageId, delivered_at AS DeliveredAt
        FROM digest_article_deliveries WHERE channel_id = @ChannelId AND article_id = @ArticleId
        ORDER BY delivered_at LIMIT 1
        """;

    public async Task RecordAsync(ulong channelId, string deliveryKey, string messageId, IReadOnlyList<(long ArticleId, long EntryArticleId)> articles, DateTimeOffset deliveredAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return;
        }

        var at = DbValues.Time(connections.Provider, deliveredAt);
        var rows = articles.Select(a => new
        {
            ChannelId = DbValues.Id(channelId),
            a.ArticleId,
            a.EntryArticleId,
            DeliveryKey = deliveryKey,
            MessageId = messageId,
            DeliveredAt = at,
        });
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(Insert, rows, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<DeliveredArticle?> FindAsync(ulong channelId, long articleId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(SelectFirst, new { ChannelId = DbValues.Id(channelId), ArticleId = articleId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row is null ? null : new DeliveredArticle(row.ArticleId, row.EntryArticleId, row.DeliveryKey, row.MessageId, DbValues.ReadTime(row.DeliveredAt));
    }

    private sealed class Row
    {
        public long ArticleId { get; set; }
        public long EntryArticleId { get; set; }
        public string DeliveryKey { get; set; } = "";
        public string MessageId { get; set; } = "";
        public object DeliveredAt { get; set; } = "";
    }
}
