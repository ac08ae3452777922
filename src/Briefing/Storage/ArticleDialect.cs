using System.Data.Common;
using Briefing.Articles;

namespace Briefing.Storage;

/// <summary>The parts of the article store that differ per engine: the article row, the search index, the query.</summary>
internal abstract class ArticleDialect
{
    public abstract StorageProvider Provider { get; }

    /// <summary>INSERT ... RETURNING id; parameters as in <see cref="ArticleRecord"/> plus <c>Body</c>.</summary>
    public abstract string InsertArticle { get; }

    /// <summary>UPDATE of every column but id, scope and fetched time; parameters as in <see cref="ArticleRecord"/> plus <c>Body</c>.</summary>
    public abstract string UpdateArticle { get; }

    /// <summary>Paragraphs of the articles in <c>@Ids</c> (an array), ordered by article and position.</summary>
    public abstract string SelectParagraphs { get; }

    /// <summary>Id, title, URL and first paragraph (as <see cref="ArticleOpening"/>) of the articles in <c>@Ids</c> (an array).</summary>
    public abstract string SelectOpenings { get; }

    /// <summary>Writes an article's paragraphs (positions from 1) after its old ones were deleted (same transaction).</summary>
    public abstract Task InsertParagraphsAsync(DbConnection connection, DbTransaction transaction, long articleId, IReadOnlyList<string> paragraphs, CancellationToken cancellationToken);

    /// <summary>Runs after a batch of saves has committed: index upkeep that is cheaper once per batch than per article.</summary>
    public virtual Task AfterBatchAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Brings the search index in line with the row just written (same transaction).</summary>
    public abstract Task IndexAsync(DbConnection connection, DbTransaction transaction, long id, string title, string body, CancellationToken cancellationToken);

    /// <summary>Removes the article from the search index (same transaction as the delete).</summary>
    public abstract Task UnindexAsync(DbConnection connection, DbTransaction transaction, long id, CancellationToken cancellationToken);

    /// <summary>True when <paramref name="exception"/> is a unique-index violation (a concurrent save of the same article).</summary>
    public abstract bool IsUniqueViolation(DbException exception);

    /// <summary>
    /// How many articles (of every scope) hold each word, in the words' order, for ordering a fallback's words from the
    /// rarest; 0 exactly when none does. An engine may stop counting past some number: the order among common words matters little.
    /// </summary>
    public abstract Task<IReadOnlyList<long>> CountArticlesWithAsync(DbConnection connection, IReadOnlyList<string> terms, CancellationToken cancellationToken);

    /// <summary>Runs one search: the articles <paramref name="match"/> selects, ranked by all its words.</summary>
    public abstract Task<IReadOnlyList<SearchHit>> SearchAsync(DbConnection connection, SearchMatch match, ArticleScope scope, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Runs the first of <paramref name="steps"/> (searches tried in order) that finds a visible article, and says which
    /// one it was; with none, the last step and no hits. The same as calling <see cref="SearchAsync"/> for each step in
    /// turn until one returns hits, which is what this does; an engine may decide the steps in one statement instead.
    /// </summary>
    public virtual async Task<(int Step, IReadOnlyList<SearchHit> Hits)> SearchFirstMatchingAsync(DbConnection connection, IReadOnlyList<SearchMatch> steps, ArticleScope scope, int limit, CancellationToken cancellationToken)
    {
        for (var step = 0; ; step++)
        {
            var hits = await SearchAsync(connection, steps[step], scope, limit, cancellationToken).ConfigureAwait(false);
            if (hits.Count > 0 || step == steps.Count - 1)
            {
                return (step, hits);
            }
        }
    }
}
