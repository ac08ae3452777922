using Briefing.Embeddings;
using Briefing.Storage;

namespace Briefing.Retrieval;

/// <summary>Folds near-duplicates (one story from several sites) into the best-ranked copy, which names the others.</summary>
internal static class SameStory
{
    /// <summary>
    /// Walks <paramref name="ranked"/> best first and keeps up to <paramref name="limit"/> stories: a hit with the same
    /// title as a kept one, or a vector at least <paramref name="threshold"/> similar, joins that story instead.
    /// </summary>
    public static IReadOnlyList<SearchHit> Collapse(IReadOnlyList<SearchHit> ranked, IReadOnlyDictionary<long, float[]> vectors, double threshold, int limit)
    {
        var kept = new List<(SearchHit Hit, List<SearchHit> Others, string Title)>();
        foreach (var hit in ranked)
        {
            var title = TitleKey(hit.Title);
            var story = kept.FindIndex(k => IsSame(k.Hit, k.Title, hit, title, vectors, threshold));
            if (story >= 0)
            {
                kept[story].Others.Add(hit);
            }
            else if (kept.Count < limit)
            {
                kept.Add((hit, [], title));
            }
        }

        return kept.Select(k => k.Others.Count == 0 ? k.Hit : k.Hit with { SameStory = k.Others }).ToList();
    }

    private static bool IsSame(SearchHit kept, string keptTitle, SearchHit hit, string title, IReadOnlyDictionary<long, float[]> vectors, double threshold)
    {
        // A title of a word or two ("Briefing", "Editorial") says nothing about the story.
        if (keptTitle.Length > 0 && keptTitle == title && title.Count(c => c == ' ') >= 2)
        {
            return true;
        }

        return vectors.TryGetValue(kept.ArticleId, out var a) && vectors.TryGetValue(hit.ArticleId, out var b)
            && EmbeddingVector.Dot(a, b) >= threshold;
    }

    /// <summary>Lowercase letters and digits, single spaces: "U.S. tariffs — why?" and "US tariffs: why" match.</summary>
    private static string TitleKey(string title)
    {
        var chars = title.ToLowerInvariant().Where(c => c != '.').Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
