using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

/// <summary>
/// An analysis that reports plainly and closes by saying what ought to be done (text invented): it argues, so its
/// opening news is context and its closing prescription the thesis. A news report whose closing "should" is a source's
/// keeps its lead.
/// </summary>
public sealed class ClosingPrescriptionTests
{
    [Fact]
    public async Task A_plain_analysis_that_closes_on_what_ought_to_be_done_takes_that_as_its_thesis_not_its_opening_news()
    {
        var analysis = ExtractiveFixtures.Make(
            "Free bus passes cost more than they save",
            "en",
            "Nine coastal towns gave every resident over sixty a free bus pass last spring, hoping to take cars off the seafront roads.",
            "Car traffic on the seafront fell by about one percent, far below the fifteen percent the towns had projected.",
            "Bus use did rise. Most of the new trips were made by people who used to walk, according to the operators' own counts.",
            "The cost has landed on the routes themselves. Two evening services were cut in the autumn to pay for the passes.",
            "The towns should keep the free pass only for residents who give up a parking permit. Without that condition, the scheme pays walkers to ride and leaves drivers where they were.");

        var summary = await new ExtractiveSummarizer().SummarizeAsync(analysis, SummaryLength.Standard, CancellationToken.None);

        Assert.Equal(5, summary.Thesis.Paragraph);
        Assert.StartsWith("The towns should keep the free pass", summary.Thesis.Quote, StringComparison.Ordinal);
        Assert.DoesNotContain(summary.Points, p => p.Paragraph == 1);
    }

    [Fact]
    public async Task A_news_report_whose_closing_should_is_a_sources_keeps_its_lead_as_the_thesis()
    {
        var report = ExtractiveFixtures.Make(
            "Coastal towns report first year of free bus passes",
            "en",
            "Nine coastal towns gave every resident over sixty a free bus pass last spring, and bus use has risen by a fifth, the operators reported on Monday.",
            "Car traffic on the seafront fell by about one percent. Two evening services were cut in the autumn.",
            "The towns should extend the scheme to residents over fifty, the regional transport board said in its annual report.");

        var summary = await new ExtractiveSummarizer().SummarizeAsync(report, SummaryLength.Standard, CancellationToken.None);

        Assert.Equal(1, summary.Thesis.Paragraph);
    }
}
