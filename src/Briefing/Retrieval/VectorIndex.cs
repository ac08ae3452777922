using Briefing.Articles;
using Briefing.Storage;

namespace Briefing.Retrieval;

/// <summary>
/// The article vectors of one model in memory, side by side in one array (384 floats, 1.5 KB an article: about
/// 150 MB at 100,000), so a query is one in-process SIMD scan instead of reading every vector from the database.
/// Each search first reads only the vectors written since the last one; the final candidates are checked against
/// the database's scope rule, so a removed article or another guild's never comes back.
/// </summary>
public sealed class VectorIndex(IArticleEmbeddingStore store)
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private VectorSnapshot? _vectors;
    private string? _model;
    private DateTimeOffset? _seenUntil;
    private readonly Dictionary<long, DateTimeOffset> _embeddedAt = [];

    /// <summary>The <paramref name="limit"/> visible articles nearest to <paramref name="query"/> with at least <paramref name="minSimilarity"/>.</summary>
    public async Task<IReadOnlyList<EmbeddingMatch>> NearestAsync(float[] query, string model, ArticleScope scope, int limit, double minSimilarity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (limit <= 0)
        {
            return [];
        }

        var vectors = await RefreshAsync(model, query.Length, cancellationToken).ConfigureAwait(false);
        if (vectors.Articles == 0)
        {
            return [];
        }

        // Room for candidates the scope check may still drop (removed since they were read, a user's own, a shadowed copy).
        var candidates = vectors.Nearest(query, scope.GuildId, limit * 2, (float)minSimilarity);
        var visible = (await store.VisibleAsync(candidates.Select(c => c.ArticleId).ToList(), scope, cancellationToken).ConfigureAwait(false)).ToHashSet();
        return candidates.Where(c => visible.Contains(c.ArticleId)).Take(limit).Select(c => new EmbeddingMatch(c.ArticleId, c.Similarity, c.Vector)).ToList();
    }

    /// <summary>True once vectors of <paramref name="model"/> are held (as of the last search); false also before the first.</summary>
    public bool Holds(string model) => _model == model && _vectors is { Articles: > 0 };

    /// <summary>The held vector of each of <paramref name="articleIds"/> that has one (as of the last search).</summary>
    public IReadOnlyDictionary<long, float[]> Vectors(IEnumerable<long> articleIds, string model)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var found = new Dictionary<long, float[]>();
        if (_model != model || _vectors is not { } vectors)
        {
            return found;
        }

        foreach (var id in articleIds)
        {
            var vector = vectors.Vector(id);
            if (!vector.IsEmpty)
            {
                found[id] = vector.ToArray();
            }
        }

        return found;
    }

    private async Task<VectorSnapshot> RefreshAsync(string model, int dimensions, CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_model != model || _vectors is null || _vectors.Dimensions != dimensions)
            {
                _vectors = VectorSnapshot.Empty(dimensions);
                _embeddedAt.Clear();
                _seenUntil = null;
                _model = model;
            }

            // ">=" re-reads the rows of the latest instant seen, so a vector written in that same tick is not missed;
            // rows already held unchanged are no reason to copy.
            var current = _vectors;
            var changed = (await store.ListChangedAsync(model, dimensions, _seenUntil, cancellationToken).ConfigureAwait(false))
                .Where(s => !_embeddedAt.TryGetValue(s.ArticleId, out var at) || at != s.EmbeddedAt || !current.Vector(s.ArticleId).SequenceEqual(s.Vector))
                .ToList();
            if (changed.Count > 0)
            {
                _vectors = current.With(changed.Select(s => (s.ArticleId, s.GuildId, s.Vector)).ToList());
                foreach (var stored in changed)
                {
                    _embeddedAt[stored.ArticleId] = stored.EmbeddedAt;
                }

                var latest = changed.Max(s => s.EmbeddedAt);
                _seenUntil = _seenUntil is null || latest > _seenUntil ? latest : _seenUntil;
            }

            return _vectors;
        }
        finally
        {
            _refresh.Release();
        }
    }
}
