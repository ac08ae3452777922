using Briefing.Articles;
using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

public sealed class PointSelectionTests
{
    // An op-ed that opens on a news hook, reports a reading it disagrees with, then gives its own reasons.
    private static readonly Article HookThenReasons = ExtractiveFixtures.Make(
        "The harbour closure is a warning, not a verdict",
        "en",
        "On Monday the port authority announced that the old east harbour will close to cargo ships at the end of the year. The decision was published in a two-page notice after a board meeting that lasted less than an hour.",
        "Several columnists read it as the end of the town's life as a port and called for the whole waterfront to be sold to developers. Local business groups say the same.",
        "I believe the closure is a warning to modernise the west quay, not a verdict on the port. The notice names the east harbour's shallow berths as the reason, and the west quay was dredged only last spring.",
        "The cargo figures point the same way. Tonnage through the west quay has risen in each of the last three years, while the east harbour has handled fewer ships every season since the new bypass opened.",
        "Admittedly, the authority has not said what it will spend on the west quay. But a port that intended to close would not have renewed the crane operators' contracts for another five years.",
        "In short, the town should treat the closure as a reason to invest in the west quay, not as a reason to give up on shipping.");

    [Fact]
    public async Task An_op_ed_takes_its_points_from_its_body_not_its_news_hook()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(HookThenReasons, SummaryLength.Standard, CancellationToken.None);

        Assert.NotEmpty(summary.Points);
        Assert.All(summary.Points, p => Assert.NotEqual(1, p.Paragraph));
        // The reasons: why the notice points to the west quay, and what the figures show.
        Assert.Contains(summary.Points, p => p.Quote.Contains("shallow berths", StringComparison.Ordinal) || p.Quote.Contains("Tonnage through the west quay", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_news_hook_of_an_op_ed_is_never_a_point_even_when_detailed_asks_for_six()
    {
        foreach (var length in new[] { SummaryLength.Short, SummaryLength.Standard, SummaryLength.Detailed })
        {
            var summary = await new ExtractiveSummarizer().SummarizeAsync(HookThenReasons, length, CancellationToken.None);

            Assert.DoesNotContain(summary.Points, p => p.Quote.Contains("port authority announced", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_reported_opposing_reading_is_not_a_point()
    {
        foreach (var length in new[] { SummaryLength.Short, SummaryLength.Standard, SummaryLength.Detailed })
        {
            var summary = await new ExtractiveSummarizer().SummarizeAsync(HookThenReasons, length, CancellationToken.None);

            Assert.DoesNotContain(summary.Points, p => p.Quote.Contains("columnists read it as", StringComparison.Ordinal));
            Assert.DoesNotContain(summary.Points, p => p.Quote.Contains("business groups say", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_view_answered_by_the_next_sentence_is_a_counterpoint_not_a_point()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(HookThenReasons, SummaryLength.Detailed, CancellationToken.None);

        Assert.DoesNotContain(summary.Points, p => p.Quote.Contains("has not said what it will spend", StringComparison.Ordinal));
        Assert.Contains(summary.Counterpoints, c => c.Quote.Contains("columnists read it as", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Several commentators read it as the end of the talks.", true)]
    [InlineData("Supporters point out that no service collapsed.", true)]
    [InlineData("Critics of this reading say it gives the regime too much credit.", true)]
    [InlineData("Some argue that the fee is too high.", true)]
    [InlineData("Some of the grain was sold abroad.", false)]
    [InlineData("The ministry said nothing about the proposal.", false)]
    public void Reported_opinions_of_a_group_are_recognised(string sentence, bool expected) =>
        Assert.Equal(expected, OpposingViews.ReportedOpinion(Briefing.Text.WordTokenizer.Tokenize(sentence)) > 0);

    [Theory]
    [InlineData("Yet the figures say otherwise.", true)]
    [InlineData("And yet now I have more time.", true)]
    [InlineData("However, the default value keeps the burden low.", true)]
    [InlineData("The figures say otherwise.", false)]
    public void A_sentence_that_answers_the_one_before_is_recognised(string sentence, bool expected) =>
        Assert.Equal(expected, OpposingViews.Answers(Briefing.Text.WordTokenizer.Tokenize(sentence)));
}
