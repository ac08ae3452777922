using System.Numerics.Tensors;

namespace Briefing.Retrieval;

/// <summary>
/// The vectors of one model side by side in one array (slot i holds floats [i * dimensions, (i + 1) * dimensions)),
/// with each slot's article and guild, so a query is one pass of SIMD dot products with no allocation per article.
/// A snapshot is never changed once published, except that a newer one may write slots past its <see cref="Count"/>
/// (appends share the arrays) and retire a slot by writing -1 to its article id: a search on the older snapshot
/// then skips it, as it would have a moment later.
/// </summary>
internal sealed class VectorSnapshot
{
    private const long Retired = -1;

    private readonly float[] _values;
    private readonly long[] _articles;
    private readonly ulong[] _guilds;
    private readonly Dictionary<long, int> _slots;

    private VectorSnapshot(int dimensions, float[] values, long[] articles, ulong[] guilds, Dictionary<long, int> slots, int count, int retired)
    {
        Dimensions = dimensions;
        _values = values;
        _articles = articles;
        _guilds = guilds;
        _slots = slots;
        Count = count;
        RetiredCount = retired;
    }

    public int Dimensions { get; }

    /// <summary>Slots in use, retired ones included.</summary>
    public int Count { get; }

    public int RetiredCount { get; }

    /// <summary>Articles held.</summary>
    public int Articles => Count - RetiredCount;

    public static VectorSnapshot Empty(int dimensions) => new(dimensions, [], [], [], [], 0, 0);

    /// <summary>The vector held for the article, or null.</summary>
    public ReadOnlySpan<float> Vector(long articleId) =>
        _slots.TryGetValue(articleId, out var slot) ? _values.AsSpan(slot * Dimensions, Dimensions) : default;

    /// <summary>
    /// The slots of the <paramref name="reach"/> articles most similar to <paramref name="query"/> (at least
    /// <paramref name="minSimilarity"/>), best first, skipping other guilds' articles (global ones always pass).
    /// </summary>
    public List<(long ArticleId, float Similarity, float[] Vector)> Nearest(ReadOnlySpan<float> query, ulong? guildId, int reach, float minSimilarity)
    {
        var guild = guildId ?? 0;
        // A min-heap of the best so far: its root is the weakest kept, the bar a newcomer has to clear once it is full.
        var best = new PriorityQueue<int, float>(reach + 1);
        var bar = minSimilarity;
        for (var slot = 0; slot < Count; slot++)
        {
            var owner = _guilds[slot];
            if (owner != 0 && owner != guild)
            {
                continue;
            }

            var similarity = TensorPrimitives.Dot(query, _values.AsSpan(slot * Dimensions, Dimensions));
            if (similarity < bar || _articles[slot] == Retired)
            {
                continue;
            }

            if (best.Count == reach)
            {
                best.DequeueEnqueue(slot, similarity);
                best.TryPeek(out _, out bar);
            }
            else
            {
                best.Enqueue(slot, similarity);
                if (best.Count == reach)
                {
                    best.TryPeek(out _, out bar);
                }
            }
        }

        var found = new List<(long, float, float[])>(best.Count);
        while (best.TryDequeue(out var slot, out var similarity))
        {
            found.Add((_articles[slot], similarity, _values.AsSpan(slot * Dimensions, Dimensions).ToArray()));
        }

        // Dropped on a concurrent retire between the scan and here: harmless, the scope check below reads the database.
        found.RemoveAll(f => f.Item1 == Retired);
        found.Reverse();
        return found;
    }

    /// <summary>
    /// This snapshot with <paramref name="changed"/> added or replaced: new vectors go to fresh slots (an article's
    /// old slot is retired), into the same arrays while they have room; otherwise (or with many retired slots)
    /// into new arrays, compacted.
    /// </summary>
    public VectorSnapshot With(IReadOnlyList<(long ArticleId, ulong? GuildId, float[] Vector)> changed)
    {
        if (changed.Count == 0)
        {
            return this;
        }

        var retiring = changed.Count(c => _slots.ContainsKey(c.ArticleId));
        var needed = Count + changed.Count;
        if (needed * Dimensions <= _values.Length && (RetiredCount + retiring) * 4 <= needed)
        {
            return Append(_values, _articles, _guilds, new Dictionary<long, int>(_slots), Count, RetiredCount, changed);
        }

        // Room for growth, so appends of the next indexer rounds share these arrays.
        var live = Articles + changed.Count - retiring;
        var capacity = Math.Max(1024, live + live / 2);
        var values = new float[capacity * Dimensions];
        var articles = new long[capacity];
        var guilds = new ulong[capacity];
        var slots = new Dictionary<long, int>(capacity);
        var count = 0;
        for (var slot = 0; slot < Count; slot++)
        {
            if (_articles[slot] == Retired)
            {
                continue;
            }

            _values.AsSpan(slot * Dimensions, Dimensions).CopyTo(values.AsSpan(count * Dimensions));
            articles[count] = _articles[slot];
            guilds[count] = _guilds[slot];
            slots[articles[count]] = count;
            count++;
        }

        return Append(values, articles, guilds, slots, count, 0, changed);
    }

    private VectorSnapshot Append(float[] values, long[] articles, ulong[] guilds, Dictionary<long, int> slots, int count, int retired, IReadOnlyList<(long ArticleId, ulong? GuildId, float[] Vector)> changed)
    {
        foreach (var (articleId, guildId, vector) in changed)
        {
            vector.AsSpan().CopyTo(values.AsSpan(count * Dimensions, Dimensions));
            articles[count] = articleId;
            guilds[count] = guildId ?? 0;
            if (slots.TryGetValue(articleId, out var old))
            {
                articles[old] = Retired;
                retired++;
            }

            slots[articleId] = count;
            count++;
        }

        return new VectorSnapshot(Dimensions, values, articles, guilds, slots, count, retired);
    }
}
