using System.Globalization;
using Briefing.Digests;
using Xunit.Abstractions;

namespace Briefing.Tests.Digests;

/// <summary>
/// Precision and recall of "same story" and "opposing" on the invented pairs of <see cref="StoryPairFixtures"/>. The
/// printout (run with a console logger at detailed verbosity) is what the README quotes.
/// </summary>
public sealed class StoryPairEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Same_story_and_opposing_views_are_found_on_the_invented_pairs()
    {
        var comparer = new StoryComparer(StoryPairFixtures.Articles);
        var sameStory = new Tally();
        var opposing = new Tally();
        foreach (var pair in StoryPairFixtures.Pairs)
        {
            var first = StoryPairFixtures.Get(pair.First);
            var second = StoryPairFixtures.Get(pair.Second);
            var saidSame = comparer.SameStory(first, second);
            var saidOpposing = comparer.Opposing(first, second);
            sameStory.Add(saidSame, pair.SameStory);
            opposing.Add(saidOpposing, pair.Opposing);
            if (saidSame != pair.SameStory || saidOpposing != pair.Opposing || pair.SameStory)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"miss {pair.First}/{pair.Second}: similarity {comparer.Similarity(first, second):0.00}, anchors {comparer.SharedAnchors(first, second)}, stances {comparer.Stance(first)}/{comparer.Stance(second)}, said same={saidSame} opposing={saidOpposing}"));
            }
        }

        output.WriteLine($"pairs: {StoryPairFixtures.Pairs.Count}");
        output.WriteLine($"same story: {sameStory}");
        output.WriteLine($"opposing:   {opposing}");

        Assert.True(sameStory.Precision >= 0.85 && sameStory.Recall >= 0.85, $"same story: {sameStory}");
        Assert.True(opposing.Precision >= 0.75 && opposing.Recall >= 0.7, $"opposing: {opposing}");
    }

    private sealed class Tally
    {
        private int _truePositive;
        private int _falsePositive;
        private int _falseNegative;

        public double Precision => _truePositive + _falsePositive == 0 ? 0 : (double)_truePositive / (_truePositive + _falsePositive);
        public double Recall => _truePositive + _falseNegative == 0 ? 0 : (double)_truePositive / (_truePositive + _falseNegative);

        public void Add(bool said, bool truth)
        {
            _truePositive += said && truth ? 1 : 0;
            _falsePositive += said && !truth ? 1 : 0;
            _falseNegative += !said && truth ? 1 : 0;
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"precision {Precision:0.00} ({_truePositive}/{_truePositive + _falsePositive}), recall {Recall:0.00} ({_truePositive}/{_truePositive + _falseNegative})");
    }
}
