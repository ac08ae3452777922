using Briefing.Evaluation;

namespace Briefing.Tests.Evaluation;

public sealed class SplitHalvesTests
{
    [Fact]
    public void Every_half_holds_half_the_items_drawn_without_replacement()
    {
        var items = Enumerable.Range(1, 11).ToArray();
        var sizes = new List<int>();

        SplitHalves.Measure(items, half =>
        {
            sizes.Add(half.Count);
            Assert.Equal(half.Count, half.Distinct().Count());
            return 0;
        }, tieHolds: true, halves: 50, seed: 3);

        // The first call measures the whole set, then 50 halves of 11 / 2 = 5 items.
        Assert.Equal(11, sizes[0]);
        Assert.All(sizes.Skip(1), size => Assert.Equal(5, size));
        Assert.Equal(51, sizes.Count);
    }

    [Fact]
    public void A_margin_that_depends_on_a_few_documents_shows_a_spread_and_losing_halves()
    {
        // Two documents win big, eight lose a little: the whole set is slightly ahead, many halves are not.
        double[] perDocument = [5, 5, -1, -1, -1, -1, -1, -1, -1, -1];

        var result = SplitHalves.Measure(perDocument, half => half.Average(), tieHolds: true, halves: 400, seed: 7);

        Assert.Equal(0.2, result.Full, 9);
        Assert.Equal(-1.0, result.Worst, 9);
        Assert.True(result.Percentile5 <= result.Mean);
        Assert.InRange(result.ShareHolding, 0.3, 0.9);
    }

    [Fact]
    public void Ties_count_only_when_the_target_allows_them()
    {
        double[] items = [1, -1, 1, -1, 0, 0];

        var atLeast = SplitHalves.Measure(items, _ => 0.0, tieHolds: true, halves: 20, seed: 1);
        var above = SplitHalves.Measure(items, _ => 0.0, tieHolds: false, halves: 20, seed: 1);

        Assert.Equal(1.0, atLeast.ShareHolding);
        Assert.Equal(0.0, above.ShareHolding);
    }

    [Fact]
    public void The_same_seed_draws_the_same_halves()
    {
        var items = Enumerable.Range(0, 30).Select(i => (double)(i % 7) - 3).ToArray();

        var first = SplitHalves.Measure(items, half => half.Sum(), tieHolds: true, halves: 100, seed: 42);
        var second = SplitHalves.Measure(items, half => half.Sum(), tieHolds: true, halves: 100, seed: 42);

        Assert.Equal(first, second);
    }
}
