using Briefing.Embeddings;
using Briefing.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Retrieval;

/// <summary>
/// Computes the missing, stale and corrupt article vectors in batches. Runs in the background, never on the
/// ingest path, so ingestion keeps its speed; until an article has its vector it is still found lexically.
/// </summary>
public sealed class EmbeddingIndexer(IArticleEmbeddingStore store, ITextEmbedder embedder, IOptions<RetrievalOptions> options, ILogger<EmbeddingIndexer> logger)
{
    /// <summary>How many articles wait for a vector of the configured model.</summary>
    public Task<int> CountPendingAsync(CancellationToken cancellationToken) =>
        store.CountPendingAsync(embedder.Model, embedder.Dimensions, cancellationToken);

    /// <summary>Embeds everything pending, batch by batch; returns how many vectors it stored.</summary>
    public Task<int> IndexPendingAsync(CancellationToken cancellationToken) => IndexPendingAsync(pacing: null, cancellationToken);

    /// <summary>
    /// Embeds everything pending, batch by batch (<see cref="RetrievalOptions.IndexBatchSize"/> articles per store round),
    /// calling the model as <paramref name="pacing"/> says (all of a batch in one call without it). Returns how many
    /// vectors it stored.
    /// </summary>
    public async Task<int> IndexPendingAsync(IndexPacing? pacing, CancellationToken cancellationToken)
    {
        var stored = 0;
        while (true)
        {
            // Claimed: another instance on the same PostgreSQL does not embed these at the same time.
            var batch = await store.ClaimPendingAsync(embedder.Model, embedder.Dimensions, options.Value.IndexBatchSize, options.Value.IndexClaimLease, cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                break;
            }

            var vectors = await EmbedAsync(batch.Select(EmbeddingText.ForArticle).ToList(), pacing, cancellationToken).ConfigureAwait(false);
            var progressed = false;
            for (var i = 0; i < batch.Count; i++)
            {
                if (i >= vectors.Count || vectors[i].Length != embedder.Dimensions || !vectors[i].All(float.IsFinite))
                {
                    // A bad vector is not stored: the article stays pending and lexical search still finds it.
                    RetrievalLog.BadVector(logger, batch[i].ArticleId, embedder.Model);
                    continue;
                }

                await store.SaveAsync(batch[i].ArticleId, batch[i].ContentHash, embedder.Model, vectors[i], cancellationToken).ConfigureAwait(false);
                stored++;
                progressed = true;
            }

            if (!progressed)
            {
                // Nothing in this batch could be embedded: stop rather than ask for the same batch forever.
                break;
            }
        }

        if (stored > 0)
        {
            RetrievalLog.Indexed(logger, stored, embedder.Model);
        }

        return stored;
    }

    private async Task<IReadOnlyList<float[]>> EmbedAsync(List<string> texts, IndexPacing? pacing, CancellationToken cancellationToken)
    {
        if (pacing is null)
        {
            return await embedder.EmbedAsync(texts, cancellationToken).ConfigureAwait(false);
        }

        var vectors = new List<float[]>(texts.Count);
        foreach (var chunk in texts.Chunk(Math.Max(1, pacing.TextsPerModelCall)))
        {
            await pacing.BeforeModelCall(cancellationToken).ConfigureAwait(false);
            var embedded = await embedder.EmbedAsync(chunk, cancellationToken).ConfigureAwait(false);
            // A call that answered short leaves empty vectors in its place: refused below like any bad vector.
            vectors.AddRange(chunk.Select((_, i) => i < embedded.Count ? embedded[i] : []));
        }

        return vectors;
    }
}
