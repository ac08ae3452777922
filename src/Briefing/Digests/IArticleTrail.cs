using Briefing.Articles;

namespace Briefing.Digests;

/// <summary>What the library knows about a URL, for <c>/digest explain</c>: stored, noted as a duplicate, or stored only where the scope cannot see it.</summary>
public interface IArticleTrail
{
    Task<ArticleTrailResult> FindAsync(string canonicalUrl, ArticleScope scope, CancellationToken cancellationToken);
}

/// <summary>
/// <see cref="ArticleId"/>: the article stored at the URL that the scope sees. <see cref="DuplicateOf"/>: the article whose
/// text the URL repeated when it was ingested (nothing new was stored). <see cref="StoredElsewhere"/>: the library holds
/// the URL only for another server or user.
/// </summary>
public sealed record ArticleTrailResult(long? ArticleId, long? DuplicateOf, bool StoredElsewhere);
