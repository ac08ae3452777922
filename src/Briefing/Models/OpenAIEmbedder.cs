using Briefing.Embeddings;
using Briefing.Retrieval;
using Microsoft.Extensions.AI;

namespace Briefing.Models;

/// <summary>
/// Embeds through the <c>/embeddings</c> endpoint of the configured OpenAI-compatible server (<c>Retrieval:Embedder=openai</c>).
/// Vectors go through the same storage and checks as the local model's; the model name and length are part of
/// <see cref="Model"/>, so changing either re-embeds the library.
/// </summary>
public sealed class OpenAIEmbedder(IEmbeddingGenerator<string, Embedding<float>> generator, string modelName, int dimensions) : ITextEmbedder, IDisposable
{
    /// <summary>Texts sent in one request: well under the common 2,048-input cap, and small enough to keep one request short.</summary>
    private const int RequestBatch = 64;

    public string Model { get; } = $"openai:{modelName}@{dimensions}";

    public int Dimensions => dimensions;

    public async Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var vectors = new List<float[]>(texts.Count);
        foreach (var batch in texts.Select(EmbeddingText.Clip).Chunk(RequestBatch))
        {
            var embeddings = await generator.GenerateAsync(batch, new EmbeddingGenerationOptions { Dimensions = dimensions }, cancellationToken).ConfigureAwait(false);
            if (embeddings.Count != batch.Length)
            {
                throw new ModelCallException($"the embeddings endpoint returned {embeddings.Count} vectors for {batch.Length} texts");
            }

            // A vector of the wrong length is passed on as it is: the indexer refuses it by length, so one odd answer
            // leaves that article lexical instead of failing the batch.
            vectors.AddRange(embeddings.Select(embedding => embedding.Vector.Length == dimensions ? EmbeddingVector.Normalize(embedding.Vector.ToArray()) : embedding.Vector.ToArray()));
        }

        return vectors;
    }

    public void Dispose() => generator.Dispose();
}
