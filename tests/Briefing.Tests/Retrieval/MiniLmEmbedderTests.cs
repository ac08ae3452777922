using Briefing.Embeddings;
using Briefing.Retrieval;

namespace Briefing.Tests.Retrieval;

/// <summary>The real local model (kept to a handful of short texts: it is slow on shared cores).</summary>
public sealed class MiniLmEmbedderTests
{
    [Fact]
    public async Task A_paraphrase_lies_nearer_than_an_unrelated_text_and_vectors_are_unit_length()
    {
        using var embedder = new MiniLmEmbedder();

        var vectors = await embedder.EmbedAsync(
        [
            "Pyongyang rejects negotiations",
            "Pyongyang's 'No Talks' statement is a bid for time before the allied elections.",
            "Chip subsidies need an exit date.",
        ], CancellationToken.None);

        Assert.All(vectors, v => Assert.Equal(384, v.Length));
        Assert.All(vectors, v => Assert.Equal(1.0, EmbeddingVector.Dot(v, v), 3));
        var near = EmbeddingVector.Dot(vectors[0], vectors[1]);
        var far = EmbeddingVector.Dot(vectors[0], vectors[2]);
        Assert.True(near > far + 0.1, $"paraphrase {near:F3}, unrelated {far:F3}");
        Assert.StartsWith("all-MiniLM-L6-v2@", embedder.Model, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nul_bytes_and_a_ten_thousand_character_text_embed_without_error()
    {
        using var embedder = new MiniLmEmbedder();

        var vectors = await embedder.EmbedAsync(["\0\0north\0korea\0", string.Concat(Enumerable.Repeat("talks ", 2000))], CancellationToken.None);

        Assert.All(vectors, v => Assert.True(v.All(float.IsFinite)));
    }
}
