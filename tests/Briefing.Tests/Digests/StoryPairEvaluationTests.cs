using System.Globalization;
using Briefing.Digests;
using Xunit.Abstractions;

namespace Briefing.Tests.Digests;

/// <summary>
/// Precision and recall of "same story" and "opposing" on the invented pairs of <see cref="StoryPairFixtures"/> (the set the
/// cues and thresholds were chosen on) and <see cref="StoryPairHeldOutFixtures"/> (written afterwards, never tuned on). The
/// printout (run with a console logger at detailed verbosity) is what the README quotes.
/// </summary>
public sealed class StoryPairEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Same_story_and_opposing_views_are_found_on_the_invented_pairs()
    {
        var (sameStory, opposing) = Evaluate("tuning set", StoryPairFixtures.Articles, StoryPairFixtures.Pairs);

        Assert.True(sameStory.Precision >= 0.85 && sameStory.Recall >= 0.85, $"same story: {sameStory}");
        Assert.True(opposing.Precision >= 0.9 && opposing.Recall >= 0.9, $"opposing: {opposing}");
    }

    [Fact]
    public void On_pairs_written_after_the_method_was_fixed_the_figures_hold_up()
    {
        var (sameStory, opposing) = Evaluate("held-out set", StoryPairHeldOutFixtures.Articles, StoryPairHeldOutFixtures.Pairs);

        // Lower floors than the tuning set: these pairs were never used to choose a cue or a threshold.
        Assert.True(sameStory.Precision >= 0.75 && sameStory.Recall >= 0.5, $"same story: {sameStory}");
        Assert.True(opposing.Precision >= 0.75 && opposing.Recall >= 0.5, $"opposing: {opposing}");
    }

    private (Tally SameStory, Tally Opposing) Evaluate(string name, IReadOnlyList<Briefing.Articles.Article> articles, IReadOnlyList<StoryPair> pairs)
    {
        var comparer = new StoryComparer(articles);
        var byId = articles.ToDictionary(a => a.Id);
        var sameStory = new Tally();
        var opposing = new Tally();
        foreach (var pair in pairs)
        {
            var first = byId[pair.First];
            var second = byId[pair.Second];
            var saidSame = comparer.SameStory(first, second);
            var saidOpposing = comparer.Opposing(first, second);
            sameStory.Add(saidSame, pair.SameStory);
            opposing.Add(saidOpposing, pair.Opposing);
            if (saidSame != pair.SameStory || saidOpposing != pair.Opposing)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"miss {pair.First}/{pair.Second}: similarity {comparer.Similarity(first, second):0.00}, anchors {comparer.SharedAnchors(first, second)}, stances {comparer.Stance(first)}/{comparer.Stance(second)}, said same={saidSame} opposing={saidOpposing}"));
            }
        }

        output.WriteLine($"{name}: {pairs.Count} pairs");
        output.WriteLine($"{name} same story: {sameStory}");
        output.WriteLine($"{name} opposing:   {opposing}");
        return (sameStory, opposing);
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
