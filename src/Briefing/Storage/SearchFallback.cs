using System.Data.Common;
using Briefing.Articles;

namespace Briefing.Storage;

/// <summary>
/// The search when no article holds all the words: the most selective words first. Words no article holds are dropped
/// (a misspelling, a name the library lacks), then the words left are tried as all-words searches of one fewer word at a
/// time, each step leaving out the most common words first, until the page is full. Every step is one all-words query,
/// so a step costs what an all-words search costs, and the number of steps is capped whatever the query's length.
/// </summary>
/// <remarks>
/// This replaced one query per step that asked for every combination at once ("at least two of the three words"):
/// FTS5's bm25 reads the whole index entry of every word of the expression once per occurrence, and a word occurs in
/// many combinations, so at 100,000 articles that step cost about what ranking every article holding any word did.
/// An article holding the rarer words is also the likelier answer: the most common word tells the least.
/// </remarks>
internal static class SearchFallback
{
    // Steps per fallback, and per number of words left out; the last steps are kept for single words (any word), so
    // a query whose words never meet in one article still finds the articles holding its rarest word.
    private const int MaxSteps = 9;
    private const int MaxStepsPerSize = 3;

    public static async Task<IReadOnlyList<SearchHit>> SearchAsync(ArticleDialect dialect, DbConnection connection, IReadOnlyList<string> terms, ArticleScope scope, int limit, CancellationToken cancellationToken)
    {
        var frequencies = await dialect.CountArticlesWithAsync(connection, terms, cancellationToken).ConfigureAwait(false);
        var rarestFirst = terms.Select((term, index) => (Term: term, Count: frequencies[index], Index: index))
            .Where(t => t.Count > 0)
            .OrderBy(t => t.Count).ThenBy(t => t.Index)
            .Select(t => t.Term)
            .ToList();
        var page = new List<SearchHit>(limit);
        var steps = 0;
        // All the words failed already; with words dropped, all of those left is the first step.
        var size = rarestFirst.Count == terms.Count ? rarestFirst.Count - 1 : rarestFirst.Count;
        while (size >= 1 && page.Count < limit)
        {
            var stepsOfSize = 0;
            foreach (var group in Combinations(rarestFirst, size))
            {
                if (page.Count >= limit || stepsOfSize == MaxStepsPerSize || (size > 1 && steps >= MaxSteps - MaxStepsPerSize))
                {
                    break;
                }

                var placed = page.Select(h => h.ArticleId).ToHashSet();
                var hits = await dialect.SearchAsync(connection, SearchMatch.AllOf(group), scope, limit + placed.Count, cancellationToken).ConfigureAwait(false);
                page.AddRange(hits.Where(h => !placed.Contains(h.ArticleId)).Take(limit - page.Count));
                steps++;
                stepsOfSize++;
            }

            // Out of steps for combinations: straight to single words.
            size = steps >= MaxSteps - MaxStepsPerSize ? Math.Min(size - 1, 1) : size - 1;
        }

        return page;
    }

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
