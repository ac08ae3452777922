using Briefing.Articles;

namespace Briefing.Storage;

/// <summary>
/// Article vectors of one embedding model, stored beside the articles. A vector counts only while its model and
/// the article's content hash match; anything else (missing, stale, corrupt) is pending and gets computed again.
/// </summary>
public interface IArticleEmbeddingStore
{
    /// <summary>Up to <paramref name="limit"/> articles without a usable vector of <paramref name="model"/>, oldest first.</summary>
    Task<IReadOnlyList<PendingEmbedding>> ListPendingAsync(string model, int dimensions, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="ListPendingAsync"/>, but each article returned is claimed for <paramref name="lease"/>: until the
    /// lease ends or its vector is saved, no other caller (another instance on the same PostgreSQL) gets it. On SQLite,
    /// which one process serves, the same as <see cref="ListPendingAsync"/>.
    /// </summary>
    Task<IReadOnlyList<PendingEmbedding>> ClaimPendingAsync(string model, int dimensions, int limit, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>How many articles wait for a vector of <paramref name="model"/>.</summary>
    Task<int> CountPendingAsync(string model, int dimensions, CancellationToken cancellationToken);

    /// <summary>True once any article has a vector of <paramref name="model"/> (until then a query need not be embedded).</summary>
    Task<bool> AnyAsync(string model, CancellationToken cancellationToken);

    /// <summary>Stores (or replaces) the article's vector, computed from the text with <paramref name="contentHash"/>.</summary>
    Task SaveAsync(long articleId, string contentHash, string model, float[] vector, CancellationToken cancellationToken);

    /// <summary>
    /// Usable vectors of <paramref name="model"/> written at or after <paramref name="since"/> (all when null), with
    /// each article's guild. A corrupt stored vector is left out and dropped, so the indexer computes it again.
    /// </summary>
    Task<IReadOnlyList<StoredEmbedding>> ListChangedAsync(string model, int dimensions, DateTimeOffset? since, CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="articleIds"/> that still exist and the scope can see (the article store's rule).</summary>
    Task<IReadOnlyList<long>> VisibleAsync(IReadOnlyCollection<long> articleIds, ArticleScope scope, CancellationToken cancellationToken);

    /// <summary>The usable vectors of the given articles (those without one are left out).</summary>
    Task<IReadOnlyDictionary<long, float[]>> GetAsync(IReadOnlyCollection<long> articleIds, string model, int dimensions, CancellationToken cancellationToken);
}
