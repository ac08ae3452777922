namespace Briefing.Storage;

/// <summary>What callers may ask about a search query before running it, to give a hint instead of an empty list.</summary>
public static class SearchQueries
{
    /// <summary>The one-line hint for a query that has no word search looks for.</summary>
    public const string NoSearchableWordsHint = "Add a word that names the topic: common words such as “the” or “with”, symbols and emoji are not searched.";

    /// <summary>True when the query has at least one word search looks for (not only stop words, symbols or emoji).</summary>
    public static bool HasSearchableWords(string? query) => SearchTerms.Extract(query).Count > 0;
}
