using Briefing.Articles;

namespace Briefing.Digests;

/// <summary>
/// Folds a digest's articles into stories (<see cref="StoryComparer.SameStory"/> with any article already in a story) and
/// picks each story's best piece: the one with the most text (the fullest account), then the earliest fetched, then the
/// lowest id, so the choice never depends on the order of a query.
/// </summary>
public static class StoryGrouper
{
    public static IReadOnlyList<StoryGroup> Group(IReadOnlyList<Article> articles, StoryComparer comparer)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(comparer);
        var stories = new List<List<Article>>();
        foreach (var article in articles)
        {
            var story = stories.FirstOrDefault(members =>
                members.Any(m => comparer.SameStory(m, article)) && !members.Any(m => comparer.Opposing(m, article)));
            if (story is null)
            {
                stories.Add([article]);
            }
            else
            {
                story.Add(article);
            }
        }

        return stories.Select(Choose).ToList();
    }

    private static StoryGroup Choose(List<Article> members)
    {
        var best = members
            .OrderByDescending(a => a.Paragraphs.Sum(p => p.Length))
            .ThenBy(a => a.FetchedAt)
            .ThenBy(a => a.Id)
            .First();
        return new StoryGroup(best, members.Where(a => a.Id != best.Id).ToList());
    }
}
