namespace Briefing.Storage;

/// <summary>
/// What one search asks the engine for: articles holding every word of at least one group. All words is one group;
/// any word is a group per word (the search itself asks only for all words; see <see cref="SearchFallback"/>).
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
}
