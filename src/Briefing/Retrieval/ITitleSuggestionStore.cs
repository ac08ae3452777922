using Briefing.Articles;

namespace Briefing.Retrieval;

/// <summary>Cheap title lookups for autocomplete: one indexed-enough query, no full-text engine, no paragraphs.</summary>
public interface ITitleSuggestionStore
{
    /// <summary>
    /// Up to <paramref name="limit"/> articles the scope sees whose title contains <paramref name="typed"/>
    /// (case-insensitive; empty text matches every title) or whose id is the typed number ("12" or "#12"): the id
    /// first, then titles that start with the text, each group newest first. With <paramref name="ownedOnly"/>
    /// only the scope's own articles (what it may remove), not the global library.
    /// </summary>
    Task<IReadOnlyList<TitleSuggestion>> SuggestAsync(string typed, ArticleScope scope, bool ownedOnly, int limit, CancellationToken cancellationToken);
}
