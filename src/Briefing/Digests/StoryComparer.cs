using Briefing.Articles;

namespace Briefing.Digests;

/// <summary>
/// Decides, for two articles of one collection, whether they tell one story and whether they argue opposite sides.
/// Same story: near-identical text (similarity at least <see cref="NearDuplicateThreshold"/>), or similar text (at least
/// <see cref="SameStoryThreshold"/>) that shares at least <see cref="MinSharedAnchors"/> particulars of one event
/// (<see cref="StoryAnchors"/>); either way not opposite stances. Opposing: similarity
/// at least <see cref="SameTopicThreshold"/> (one topic, not necessarily one event) and stances of opposite sign
/// (<see cref="ArgumentStance"/>). Two pieces on one debate that take opposite sides are never folded into one entry.
/// The thresholds were set on the invented pairs of StoryPairFixtures (precision and recall in the README).
/// </summary>
public sealed class StoryComparer
{
    public const double SameStoryThreshold = 0.30;
    public const double SameTopicThreshold = 0.12;
    public const double NearDuplicateThreshold = 0.8;
    public const int MinSharedAnchors = 3;

    private readonly StorySimilarity _similarity;
    private readonly Dictionary<long, int> _stances = [];
    private readonly Dictionary<long, IReadOnlySet<string>> _anchors = [];

    public StoryComparer(IReadOnlyList<Article> collection)
    {
        _similarity = new StorySimilarity(collection);
    }

    public double Similarity(Article first, Article second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return _similarity.Between(first.Id, second.Id);
    }

    public int Stance(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!_stances.TryGetValue(article.Id, out var stance))
        {
            stance = ArgumentStance.Of(article);
            _stances[article.Id] = stance;
        }

        return stance;
    }

    public int SharedAnchors(Article first, Article second) => StoryAnchors.Shared(Anchors(first), Anchors(second));

    public bool SameStory(Article first, Article second)
    {
        var similarity = Similarity(first, second);
        var alike = similarity >= NearDuplicateThreshold || (similarity >= SameStoryThreshold && SharedAnchors(first, second) >= MinSharedAnchors);
        return alike && Stance(first) * Stance(second) >= 0;
    }

    private IReadOnlySet<string> Anchors(Article article)
    {
        if (!_anchors.TryGetValue(article.Id, out var anchors))
        {
            anchors = StoryAnchors.Of(article);
            _anchors[article.Id] = anchors;
        }

        return anchors;
    }

    public bool Opposing(Article first, Article second) =>
        Similarity(first, second) >= SameTopicThreshold && Stance(first) * Stance(second) < 0;
}
