using System.Data.Common;
using Briefing.Articles;

namespace Briefing.Storage;

/// <summary>
/// The search when no article holds all the words: the most selective words first. Words no article holds are dropped
/// (a misspelling, a name the library lacks). The words left are tried as all-words searches of one fewer word at a
/// time, each size leaving out the most common words first, a bounded number of steps; then, if the page is still not
/// full, one search for any of the words, ranked by all of them. A query of many words goes to that last step at once:
/// its combinations rarely meet in one article and would cost a query each.
/// </summary>
/// <remarks>
/// This replaced one query per size that asked for every combination at once ("at least two of the three words"):
/// FTS5's bm25 reads the whole index entry of every word of the expression once per occurrence, and a word occurs in
/// many combinations, so at 100,000 articles that step cost about what ranking every article holding any word did.
/// An article holding the rarer words is also the likelier answer: the most common word tells the least.
/// </remarks>
internal static class SearchFallback
{
    // Longer queries (a pasted sentence, a summary) go straight to any word, ranked by all of them.
    private const int MaxWordsForCombinations = 6;
    // Combination steps per size and in all: each is one all-words query.
    private const int MaxStepsPerSize = 3;
    private const int MaxSteps = 6;

    public static async Task<IReadOnlyList<SearchHit>> SearchAsync(ArticleDialect dialect, DbConnection connection, IReadOnlyList<string> terms, ArticleScope scope, int limit, CancellationToken cancellationToken)
    {
        var frequencies = await dialect.CountArticlesWithAsync(connection, terms, cancellationToken).ConfigureAwait(false);
        var rarestFirst = terms.Select((term, index) => (Term: term, Count: frequencies[index], Index: index))
            .Where(t => t.Count > 0)
            .OrderBy(t => t.Count).ThenBy(t => t.Index)
            .Select(t => t.Term)
            .ToList();
        var page = new List<SearchHit>(limit);
        if (rarestFirst.Count == 0 || (terms.Count == 1 && rarestFirst.Count == 1))
        {
            // No word any article holds; or one word, which the all-words search has already tried.
            return page;
        }

        var steps = new List<SearchMatch>();
        if (rarestFirst.Count <= MaxWordsForCombinations)
        {
            // All the words failed already; with words dropped, all of those left is the first step.
            for (var size = rarestFirst.Count == terms.Count ? rarestFirst.Count - 1 : rarestFirst.Count; size >= 2 && steps.Count < MaxSteps; size--)
            {
                steps.AddRange(Combinations(rarestFirst, size).Take(Math.Min(MaxStepsPerSize, MaxSteps - steps.Count)).Select(SearchMatch.AllOf));
            }
        }

        // The steps run in order until the page is full. A step that finds nothing adds nothing, so the engine may pass
        // over such steps in the same statement as the next one that finds something (PostgreSQL: a step with no match
        // then costs an index probe, not a statement of its own).
        for (var next = 0; next < steps.Count && page.Count < limit;)
        {
            var placed = page.Select(h => h.ArticleId).ToHashSet();
            var (step, hits) = await dialect.SearchFirstMatchingAsync(connection, steps.Skip(next).ToList(), scope, limit + placed.Count, cancellationToken).ConfigureAwait(false);
            Add(page, placed, hits, limit);
            next += step + 1;
        }

        if (page.Count < limit)
        {
            var placed = page.Select(h => h.ArticleId).ToHashSet();
            var match = rarestFirst.Count == 1 ? SearchMatch.AllOf(rarestFirst) : SearchMatch.AnyOf(rarestFirst);
            Add(page, placed, await dialect.SearchAsync(connection, match, scope, limit + placed.Count, cancellationToken).ConfigureAwait(false), limit);
        }

        return page;
    }

    // Each step adds its own best that earlier steps had not already placed.
    private static void Add(List<SearchHit> page, HashSet<long> placed, IReadOnlyList<SearchHit> hits, int limit) =>
        page.AddRange(hits.Where(h => !placed.Contains(h.ArticleId)).Take(limit - page.Count));

    /// <summary>The <paramref name="size"/>-word groups in lexicographic order of position: with the words rarest first,
    /// the first group leaves out the most common words, the next the most common but one, and so on.</summary>
    internal static IEnumerable<IReadOnlyList<string>> Combinations(IReadOnlyList<string> words, int size)
    {
        var indexes = Enumerable.Range(0, size).ToArray();
        while (true)
        {
            yield return indexes.Select(i => words[i]).ToList();
            var position = size - 1;
            while (position >= 0 && indexes[position] == words.Count - size + position)
            {
                position--;
            }

            if (position < 0)
            {
                yield break;
            }

            indexes[position]++;
            for (var next = position + 1; next < size; next++)
            {
                indexes[next] = indexes[next - 1] + 1;
            }
        }
    }
}
