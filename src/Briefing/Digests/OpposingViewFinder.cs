using Briefing.Articles;

namespace Briefing.Digests;

/// <summary>
/// Pairs a digest's stories with a piece that argues the other side (<see cref="StoryComparer.Opposing"/>): another story of
/// the same digest, or an article of the library's recent past. The most similar opposing piece wins. A pair is shown
/// once: when both pieces head entries of this digest, only the first entry names the other.
/// </summary>
public static class OpposingViewFinder
{
    /// <summary>For each story (by index), the article that opposes it, if any.</summary>
    public static IReadOnlyDictionary<int, Article> Find(IReadOnlyList<StoryGroup> stories, IReadOnlyList<Article> library, StoryComparer comparer)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(comparer);
        var found = new Dictionary<int, Article>();
        var shownWith = new HashSet<long>();
        for (var i = 0; i < stories.Count; i++)
        {
            var story = stories[i];
            if (shownWith.Contains(story.Best.Id))
            {
                continue;
            }

            var own = story.Members.Select(m => m.Id).ToHashSet();
            var candidates = stories.Where((_, j) => j != i).Select(s => s.Best)
                .Concat(library)
                .Where(c => !own.Contains(c.Id))
                .DistinctBy(c => c.Id);
            var best = candidates
                .Select(c => (Article: c, Similarity: story.Members.Where(m => comparer.Opposing(m, c)).Select(m => comparer.Similarity(m, c)).DefaultIfEmpty(-1).Max()))
                .Where(c => c.Similarity >= 0)
                .OrderByDescending(c => c.Similarity)
                .ThenBy(c => c.Article.Id)
                .Select(c => c.Article)
                .FirstOrDefault();
            if (best is not null)
            {
                found[i] = best;
                shownWith.Add(best.Id);
            }
        }

        return found;
    }
}
