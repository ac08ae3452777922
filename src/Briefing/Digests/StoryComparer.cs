using Briefing.Articles;

namespace Briefing.Digests;

/// <summary>
/// Decides, for two articles of one collection, whether they tell one story and whether they argue opposite sides.
/// Same story: near-identical text (similarity at least <see cref="NearDuplicateThreshold"/>), or similar text (at least
/// <see cref="SameStoryThreshold"/>) that shares at least <see cref="MinSharedAnchors"/> particulars of one event
/// (<see cref="StoryAnchors"/>), or stored sentence-embedding vectors at least as close as search's duplicate threshold
/// (articles not indexed yet have none and are compared by text alone); either way not opposite stances. Opposing: similarity
/// at least <see cref="SameTopicThreshold"/> (one topic, not necessarily one event) and stances of opposite sign
/// (<see cref="ArgumentStance"/>). Two pieces on one debate that take opposite sides are never folded into one entry.
/// The thresholds were set on the invented pairs of StoryPairFixtures (precision and recall in the README).
/// </summary>
public sealed class StoryComparer
{
    public const double SameStoryThreshold = 0.30;
    public const double SameTopicThreshold = 0.12;
    public const double NearDuplicateThreshold = 0.9;
    public const int MinSharedAnchors = 3;

    private readonly StorySimilarity _similarity;
    private readonly IReadOnlyDictionary<long, float[]> _vectors;
    private readonly double _vectorThreshold;
    private readonly Dictionary<long, int> _stances = [];
    private readonly Dictionary<long, IReadOnlySet<string>> _anchors = [];

    public StoryComparer(IReadOnlyList<Article> collection, IReadOnlyDictionary<long, float[]>? vectors = null, double vectorThreshold = 1.0)
    {
        _similarity = new StorySimilarity(collection);
        _vectors = vectors ?? new Dictionary<long, float[]>();
        _vectorThreshold = vectorThreshold;
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
        var alike = similarity >= NearDuplicateThreshold
            || (similarity >= SameStoryThreshold && SharedAnchors(first, second) >= MinSharedAnchors)
            || (_vectors.TryGetValue(first.Id, out var a) && _vectors.TryGetValue(second.Id, out var b) && Briefing.Embeddings.EmbeddingVector.Dot(a, b) >= _vectorThreshold);
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
