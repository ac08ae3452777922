namespace Briefing.Storage;

/// <summary>
/// What one search asks the engine for: articles holding every word of at least one group. All words is one group;
/// "at least m of the n words" is every m-word combination. An engine that sums its ranking over the words of the
/// groups an article matches (FTS5's bm25) scores an article holding exactly m words as the plain words would, and
/// one holding more words higher still.
/// </summary>
internal sealed class SearchMatch
{
    private SearchMatch(IReadOnlyList<string> terms, IReadOnlyList<IReadOnlyList<string>> groups)
    {
        Terms = terms;
        Groups = groups;
    }

    /// <summary>The distinct words, in query order.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>Alternatives: an article matches when it holds every word of one group.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    /// <summary>True when every word is required (one group of two or more words).</summary>
    public bool RequiresAll => Groups.Count == 1 && Terms.Count > 1;

    public static SearchMatch AllOf(IReadOnlyList<string> terms) => new(terms, [terms]);

    public static SearchMatch AnyOf(IReadOnlyList<string> terms) => new(terms, terms.Select(t => (IReadOnlyList<string>)[t]).ToList());

    /// <summary>Articles holding at least <paramref name="count"/> of the words (every combination of that size).</summary>
    public static SearchMatch AtLeast(IReadOnlyList<string> terms, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, terms.Count);
        var groups = new List<IReadOnlyList<string>>();
        Combine(terms, count, 0, new List<string>(count), groups);
        return new SearchMatch(terms, groups);
    }

    /// <summary>C(n, k): how many groups <see cref="AtLeast"/> would make (exact for the at most 32 words of a query).</summary>
    public static long Combinations(int n, int k)
    {
        long result = 1;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return result;
    }

    private static void Combine(IReadOnlyList<string> terms, int count, int start, List<string> current, List<IReadOnlyList<string>> groups)
    {
        if (current.Count == count)
        {
            groups.Add(current.ToList());
            return;
        }

        for (var i = start; i <= terms.Count - (count - current.Count); i++)
        {
            current.Add(terms[i]);
            Combine(terms, count, i + 1, current, groups);
            current.RemoveAt(current.Count - 1);
        }
    }
}
