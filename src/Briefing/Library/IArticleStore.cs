using Briefing.Articles;

namespace Briefing.Library;

/// <summary>The article library: articles, their paragraphs, and full-text search, scoped per guild.</summary>
public interface IArticleStore
{
    /// <summary>Inserts or updates (same canonical URL, or same content hash) in one transaction.</summary>
    Task<ArticleSaveResult> SaveAsync(ArticleDraft draft, CancellationToken cancellationToken);

    Task<Article?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>Newest first. <paramref name="guildId"/> null lists only global articles; a guild id lists global + that guild's.</summary>
    Task<IReadOnlyList<Article>> ListAsync(ulong? guildId, int limit, CancellationToken cancellationToken);

    /// <summary>Articles fetched at or after <paramref name="since"/> visible to the guild, oldest first (digests).</summary>
    Task<IReadOnlyList<Article>> ListFetchedSinceAsync(ulong? guildId, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Ranked full-text search. Any user text is safe: it is never passed to the engine's query syntax raw.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, ulong? guildId, int limit, CancellationToken cancellationToken);

    /// <summary>Removes an article the guild can see and owns (global articles only when guildId is null).</summary>
    Task<bool> RemoveAsync(long id, ulong? guildId, CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);
}
