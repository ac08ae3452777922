using Briefing.Embeddings;
using Briefing.Retrieval;

namespace Briefing.Tests.Retrieval;

public sealed class VectorSnapshotTests
{
    private const int Dimensions = 384;

    [Fact]
    public void The_byte_code_scan_finds_the_same_nearest_articles_as_exact_float_comparison()
    {
        var random = new Random(11);
        var stored = Enumerable.Range(1, 3000).Select(id => ((long)id, id % 3 == 0 ? (ulong?)5 : null, Unit(random))).ToList();
        var snapshot = VectorSnapshot.Empty(Dimensions).With(stored);
        var query = Unit(random);

        var found = snapshot.Nearest(query, guildId: null, reach: 20, minSimilarity: -1f);

        var exact = stored.Where(s => s.Item2 is null)
            .Select(s => (Id: s.Item1, Similarity: (float)EmbeddingVector.Dot(query, s.Item3)))
            .OrderByDescending(s => s.Similarity)
            .Take(20)
            .ToList();
        Assert.Equal(exact.Select(e => e.Id), found.Select(f => f.ArticleId));
        Assert.Equal(exact.Select(e => e.Similarity), found.Select(f => f.Similarity), (a, b) => Math.Abs(a - b) < 1e-5f);
        Assert.Equal(stored[(int)found[0].ArticleId - 1].Item3, found[0].Vector);
    }

    [Fact]
    public void A_replaced_vector_retires_the_old_one_and_other_guilds_stay_out()
    {
        var random = new Random(3);
        var target = Unit(random);
        var snapshot = VectorSnapshot.Empty(Dimensions).With([(1L, null, Unit(random)), (2L, 9UL, target), (3L, null, Unit(random))]);

        var replaced = snapshot.With([(1L, null, target)]);

        Assert.Equal(3, replaced.Articles);
        Assert.Equal(1L, replaced.Nearest(target, guildId: null, reach: 1, minSimilarity: 0f).Single().ArticleId);
        Assert.Equal(2, replaced.Nearest(target, guildId: 9, reach: 3, minSimilarity: 0.99f).Count);
        Assert.Equal(target, replaced.Vector(1).ToArray());
        Assert.Empty(snapshot.Nearest(target, guildId: null, reach: 3, minSimilarity: 0.99f));
    }

    [Fact]
    public void Byte_codes_multiply_as_the_values_do()
    {
        var left = Enumerable.Range(0, 70).Select(i => (sbyte)((i * 37 % 255) - 127)).ToArray();
        var right = Enumerable.Range(0, 70).Select(i => (sbyte)((i * 91 % 255) - 127)).ToArray();

        Assert.Equal(left.Zip(right, (a, b) => a * b).Sum(), QuantizedDot.Dot(left, right));
    }

    private static float[] Unit(Random random) =>
        EmbeddingVector.Normalize(Enumerable.Range(0, Dimensions).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray());
}
