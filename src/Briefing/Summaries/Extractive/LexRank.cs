using Briefing.Text;

namespace Briefing.Summaries.Extractive;

/// <summary>
/// Continuous LexRank: PageRank over the cosine-similarity graph of the sentences. The graph is bounded so long
/// reports stay near-linear: above <see cref="MaxGraphNodes"/> sentences only the sentences closest to the
/// document centroid (plus the opening and closing ones) become nodes; the rest keep their centroid similarity.
/// </summary>
internal static class LexRank
{
    public const int MaxGraphNodes = 300;
    private const int EdgeEnds = 20;
    private const double Damping = 0.85;
    private const double MinSimilarity = 0.05;
    private const int Iterations = 30;

    /// <summary>Centrality per sentence, scaled so the most central sentence scores 1.</summary>
    public static double[] Score(IReadOnlyList<SparseVector> vectors)
    {
        var n = vectors.Count;
        var scores = new double[n];
        if (n == 0)
        {
            return scores;
        }
        var centroid = CentroidSimilarities(vectors);
        var nodes = n <= MaxGraphNodes ? Enumerable.Range(0, n).ToArray() : ChooseNodes(centroid);
        var ranks = PageRank(nodes.Select(i => vectors[i]).ToArray());
        var maxRank = ranks.Max();
        var maxCentroid = Math.Max(centroid.Max(), 1e-9);
        for (var i = 0; i < n; i++)
        {
            scores[i] = 0.5 * centroid[i] / maxCentroid;
        }
        for (var k = 0; k < nodes.Length; k++)
        {
            scores[nodes[k]] = maxRank > 0 ? ranks[k] / maxRank : 0;
        }
        return scores;
    }

    private static double[] CentroidSimilarities(IReadOnlyList<SparseVector> vectors)
    {
        var centroid = new Dictionary<int, double>();
        foreach (var vector in vectors)
        {
            for (var t = 0; t < vector.Count; t++)
            {
                centroid[vector.Terms[t]] = centroid.GetValueOrDefault(vector.Terms[t]) + vector.Weight(t);
            }
        }
        var centroidVector = new SparseVector(centroid);
        return [.. vectors.Select(centroidVector.Cosine)];
    }

    private static int[] ChooseNodes(double[] centroid)
    {
        var n = centroid.Length;
        var chosen = new SortedSet<int>(Enumerable.Range(0, EdgeEnds).Concat(Enumerable.Range(n - EdgeEnds, EdgeEnds)));
        foreach (var i in Enumerable.Range(0, n).OrderByDescending(i => centroid[i]).ThenBy(i => i))
        {
            if (chosen.Count >= MaxGraphNodes)
            {
                break;
            }
            chosen.Add(i);
        }
        return [.. chosen];
    }

    private static double[] PageRank(SparseVector[] nodes)
    {
        var n = nodes.Length;
        var weights = new double[n, n];
        var rowSums = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var similarity = nodes[i].Cosine(nodes[j]);
                if (similarity >= MinSimilarity)
                {
                    weights[i, j] = weights[j, i] = similarity;
                    rowSums[i] += similarity;
                    rowSums[j] += similarity;
                }
            }
        }
        var rank = Enumerable.Repeat(1.0 / n, n).ToArray();
        var next = new double[n];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            for (var j = 0; j < n; j++)
            {
                double incoming = 0;
                for (var i = 0; i < n; i++)
                {
                    // A sentence with no neighbours spreads its rank evenly (a dangling node).
                    incoming += rowSums[i] > 0 ? rank[i] * weights[i, j] / rowSums[i] : rank[i] / n;
                }
                next[j] = (1 - Damping) / n + Damping * incoming;
            }
            (rank, next) = (next, rank);
        }
        return rank;
    }
}
