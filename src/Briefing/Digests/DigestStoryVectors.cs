using Briefing.Storage;
using Briefing.Embeddings;
using Briefing.Retrieval;
using Microsoft.Extensions.Options;

namespace Briefing.Digests;

/// <summary>
/// The sentence-embedding vectors the library already holds for a digest's articles (written by the background
/// indexer), for <see cref="StoryComparer"/>'s near-duplicate test. Without an embedder, or for articles not indexed
/// yet, there is no vector and the comparison stays lexical. Nothing is embedded here: a digest never waits for the model.
/// </summary>
public sealed class DigestStoryVectors(IArticleEmbeddingStore embeddings, ITextEmbedder? embedder = null, IOptions<RetrievalOptions>? retrieval = null)
{
    /// <summary>Cosine at or above which two vectors are one story; the same value search uses to fold duplicates.</summary>
    public double Threshold => retrieval?.Value.DuplicateSimilarity ?? new RetrievalOptions().DuplicateSimilarity;

    public async Task<IReadOnlyDictionary<long, float[]>> GetAsync(IReadOnlyCollection<long> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (embedder is null || retrieval?.Value.UsesEmbeddings == false || articleIds.Count == 0)
        {
            return new Dictionary<long, float[]>();
        }

        return await embeddings.GetAsync(articleIds, embedder.Model, embedder.Dimensions, cancellationToken).ConfigureAwait(false);
    }
}
