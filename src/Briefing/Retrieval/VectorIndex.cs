using Briefing.Articles;
using Briefing.Embeddings;
using Briefing.Storage;

namespace Briefing.Retrieval;

/// <summary>
/// The article vectors of one model in memory (384 floats, 1.5 KB an article: about 150 MB at 100,000), so a
/// query is one in-process scan instead of reading every vector from the database. Each search first reads only
/// the vectors written since the last one; the final candidates are checked against the database's scope rule,
/// so a removed article or another guild's never comes back.
/// </summary>
public sealed class VectorIndex(IArticleEmbeddingStore store)
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private Dictionary<long, StoredEmbedding> _vectors = [];
    private string? _model;
    private DateTimeOffset? _seenUntil;

    /// <summary>The <paramref name="limit"/> visible articles nearest to <paramref name="query"/> with at least <paramref name="minSimilarity"/>.</summary>
    public async Task<IReadOnlyList<EmbeddingMatch>> NearestAsync(float[] query, string model, ArticleScope scope, int limit, double minSimilarity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (limit <= 0)
        {
            return [];
        }

        var vectors = await RefreshAsync(model, query.Length, cancellationToken).ConfigureAwait(false);
        // Room for candidates the scope check may still drop (removed since they were read).
        var reach = limit * 2;
        var best = new PriorityQueue<EmbeddingMatch, double>(reach + 1);
        foreach (var stored in vectors.Values)
        {
            // Another guild's article is never visible; everything else the scope rule in SQL decides below.
            if (stored.GuildId is { } owner && owner != scope.GuildId)
            {
                continue;
            }

            var similarity = EmbeddingVector.Dot(query, stored.Vector);
            if (similarity < minSimilarity)
            {
                continue;
            }

            best.Enqueue(new EmbeddingMatch(stored.ArticleId, similarity, stored.Vector), similarity);
            if (best.Count > reach)
            {
                best.Dequeue();
            }
        }

        var candidates = new List<EmbeddingMatch>(best.Count);
        while (best.TryDequeue(out var match, out _))
        {
            candidates.Add(match);
        }

        candidates.Reverse();
        var visible = (await store.VisibleAsync(candidates.Select(c => c.ArticleId).ToList(), scope, cancellationToken).ConfigureAwait(false)).ToHashSet();
        return candidates.Where(c => visible.Contains(c.ArticleId)).Take(limit).ToList();
    }

    private async Task<Dictionary<long, StoredEmbedding>> RefreshAsync(string model, int dimensions, CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_model != model)
            {
                _vectors = [];
                _seenUntil = null;
                _model = model;
            }

            // ">=" re-reads the rows of the latest instant seen, so a vector written in that same tick is not missed;
            // rows already held unchanged are no reason to copy.
            var changed = (await store.ListChangedAsync(model, dimensions, _seenUntil, cancellationToken).ConfigureAwait(false))
                .Where(s => !_vectors.TryGetValue(s.ArticleId, out var held) || held.EmbeddedAt != s.EmbeddedAt || !held.Vector.AsSpan().SequenceEqual(s.Vector))
                .ToList();
            if (changed.Count > 0)
            {
                // Copy on write: a search already scanning keeps its own snapshot.
                var next = new Dictionary<long, StoredEmbedding>(_vectors);
                foreach (var stored in changed)
                {
                    next[stored.ArticleId] = stored;
                }

                _vectors = next;
                _seenUntil = changed.Max(s => s.EmbeddedAt) is var latest && (_seenUntil is null || latest > _seenUntil) ? latest : _seenUntil;
            }

            return _vectors;
        }
        finally
        {
            _refresh.Release();
        }
    }
}
