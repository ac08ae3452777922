namespace Briefing.Evaluation;

/// <summary>
/// Split-half robustness: the held-out set is an unseen half of the same corpora, so a method that only wins on the
/// whole dev set by a few lucky documents shows up here as a margin that turns negative on many random halves.
/// Draws are seeded, so a run is reproducible and two versions of the engine are judged on the same halves.
/// </summary>
public static class SplitHalves
{
    /// <summary>
    /// The <paramref name="margin"/> of the whole set and of <paramref name="halves"/> random halves (half the items,
    /// rounded down, drawn without replacement). The target holds on a half when its margin is above zero, or at
    /// least zero when <paramref name="tieHolds"/>.
    /// </summary>
    public static MarginDistribution Measure<T>(
        IReadOnlyList<T> items, Func<IReadOnlyList<T>, double> margin, bool tieHolds, int halves, int seed)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(margin);
        ArgumentOutOfRangeException.ThrowIfLessThan(halves, 1);
        var full = margin(items);
        var random = new Random(seed);
        var indices = Enumerable.Range(0, items.Count).ToArray();
        var size = Math.Max(1, items.Count / 2);
        var margins = new double[halves];
        for (var h = 0; h < halves; h++)
        {
            random.Shuffle(indices);
            margins[h] = margin([.. indices.Take(size).Select(i => items[i])]);
        }
        Array.Sort(margins);
        // Margins within rounding of zero count as ties, not as losses: F1 means are sums of doubles.
        const double Epsilon = 1e-9;
        var holding = margins.Count(m => tieHolds ? m >= -Epsilon : m > Epsilon);
        return new MarginDistribution(full, halves, margins.Average(), Percentile(margins, 0.05), margins[0], (double)holding / halves);
    }

    // Nearest-rank percentile of sorted values.
    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
