using Briefing.Embeddings;
using Briefing.Retrieval;

namespace Briefing.Benchmarks;

/// <summary>
/// Stands in for the model in the large-library suite: the stored vectors are seeded random unit vectors, and a query
/// gets one too, so the suite measures the search around the model (the model's own time per query is in the
/// retrieval quality table).
/// </summary>
internal sealed class BenchEmbedder : ITextEmbedder
{
    public const string ModelName = "bench-random@1";

    public string Model => ModelName;

    public int Dimensions => 384;

    public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var random = new Random(texts.Count == 0 ? 0 : texts[0].Length);
        return Task.FromResult<IReadOnlyList<float[]>>(texts.Select(_ => RandomUnit(random, Dimensions)).ToList());
    }

    public static float[] RandomUnit(Random random, int dimensions) =>
        EmbeddingVector.Normalize(Enumerable.Range(0, dimensions).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray());
}
