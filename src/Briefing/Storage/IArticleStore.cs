using Briefing.Articles;

namespace Briefing.Storage;

/// <summary>The article library: articles, their paragraphs, and full-text search, scoped per guild.</summary>
public interface IArticleStore
{
    /// <summary>Inserts or updates (same canonical URL, or same content hash) in one transaction.</summary>
    Task<ArticleSaveResult> SaveAsync(ArticleDraft draft, CancellationToken cancellationToken);

    /// <summary>
    /// Saves the drafts as <see cref="SaveAsync"/> would, in order, all in one transaction (results in the same order):
    /// for bulk ingest, where one commit per article cost more than the articles' own writes.
    /// </summary>
    Task<IReadOnlyList<ArticleSaveResult>> SaveManyAsync(IReadOnlyList<ArticleDraft> drafts, CancellationToken cancellationToken);

    Task<Article?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>Title, URL and first paragraph of each of <paramref name="ids"/> that exists (any order), in one query.</summary>
    Task<IReadOnlyList<ArticleOpening>> GetOpeningsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken);

    /// <summary>
    /// Newest first, what <paramref name="scope"/> sees: the global library, plus a guild's own articles or a user's
    /// direct-message ones (a guild id converts to its scope; null is the global library alone).
    /// </summary>
    Task<IReadOnlyList<Article>> ListAsync(ArticleScope scope, int limit, CancellationToken cancellationToken);

    /// <summary>Articles fetched at or after <paramref name="since"/> visible to the scope and not held out of digests, oldest first.</summary>
    Task<IReadOnlyList<Article>> ListFetchedSinceAsync(ArticleScope scope, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Ranked full-text search. Any user text is safe: it is never passed to the engine's query syntax raw.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, ArticleScope scope, int limit, CancellationToken cancellationToken);

    /// <summary>Removes an article the scope owns (global articles only from the global scope).</summary>
    Task<bool> RemoveAsync(long id, ArticleScope scope, CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);
}
