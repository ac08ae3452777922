using Briefing.Articles;
using Briefing.Storage;

namespace Briefing.Retrieval;

/// <summary>Finds the articles a query means: what <c>/summarize</c>, <c>/ask</c> and <c>/library search</c> start from.</summary>
public interface IArticleRetriever
{
    /// <summary>
    /// Best first, at most <paramref name="limit"/>, only articles the scope can see; one story from several sites
    /// is one hit naming the others. A query with no searchable word gives an empty list, never an exception.
    /// </summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, ArticleScope scope, int limit, CancellationToken cancellationToken);
}
