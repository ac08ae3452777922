using Briefing.Summaries;
using Briefing.Summaries.Extractive;
using Briefing.Text;

namespace Briefing.Tests.Summaries.Extractive;

public sealed class ShortLengthTests
{
    // A wire-style report whose sentences are long: three points would run far past a glanceable summary.
    private static readonly Briefing.Articles.Article LongSentenceReport = ExtractiveFixtures.Make(
        "Flooded rail line between two river towns to stay shut until spring",
        "en",
        "The rail line between Aldmouth and Kessing will stay closed until the spring after engineers found that last month's floods had washed away long stretches of the embankment beneath the tracks near the old river crossing.",
        "Passengers who relied on the line to reach jobs and schools in Kessing have been travelling on replacement buses that take more than twice as long as the train and often leave people standing in the rain at temporary stops.",
        "The operator said the repairs would cost several million and that it had asked the regional government to share the bill because the embankment also protects a road and a row of houses along the river.",
        "Local councillors have called for a permanent solution, arguing that patching the embankment again would only leave the line exposed to the next flood, which forecasters expect to come sooner than in the past.",
        "Engineers will begin by driving steel piles along the riverbank in the coming weeks, once the water level has fallen far enough for heavy machinery to reach the worst-damaged section of the embankment safely.",
        "A public meeting on the timetable for the works and on the replacement bus service will be held at the Kessing town hall next Thursday evening, and the operator has promised to answer every question sent in advance.");

    [Fact]
    public async Task A_short_summary_of_long_sentences_stops_at_its_word_budget_but_keeps_two_points()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(LongSentenceReport, SummaryLength.Short, CancellationToken.None);

        Assert.Equal(SummaryShape.MinPoints, summary.Points.Count);
        var order = summary.Points.Select(p => p.Paragraph).ToList();
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public async Task Longer_lengths_have_no_word_budget()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(LongSentenceReport, SummaryLength.Standard, CancellationToken.None);

        Assert.Equal(4, summary.Points.Count);
        var words = summary.Points.Prepend(summary.Thesis).Sum(p => WordTokenizer.CountWords(p.Text));
        Assert.True(words > 80, $"{words} words");
    }

    [Fact]
    public async Task A_short_summary_of_short_sentences_keeps_all_three_points()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(ExtractiveFixtures.FiveSentences(), SummaryLength.Short, CancellationToken.None);

        Assert.Equal(3, summary.Points.Count);
        Assert.True(summary.Points.Prepend(summary.Thesis).Sum(p => WordTokenizer.CountWords(p.Text)) <= 80);
    }

    [Fact]
    public async Task A_report_draws_its_points_from_the_lead_even_when_a_later_sentence_repeats_the_key_words()
    {
        // The fifth paragraph echoes the headline's words (high centrality and title similarity) but only restates
        // the news; a report's first points come from its lead.
        var report = ExtractiveFixtures.Make(
            "Ferry service to Holm island cut to two sailings a day",
            "en",
            "The ferry service to Holm island will be cut to two sailings a day from March, the operator announced on Monday.",
            "Islanders said the change would make it impossible to commute to the mainland for work.",
            "The operator blamed rising fuel costs and a shortage of trained crew.",
            "The island school will change its hours so that teachers from the mainland can still reach it.",
            "Holm island ferry sailings cut: the ferry operator confirmed the ferry service to Holm island would have two sailings a day.",
            "A spokesperson for the regional transport board said talks with the operator would continue.");

        var summary = await new ExtractiveSummarizer().SummarizeAsync(report, SummaryLength.Short, CancellationToken.None);

        Assert.Equal(1, summary.Thesis.Paragraph);
        Assert.Equal([2, 3], summary.Points.Take(2).Select(p => p.Paragraph));
    }
}
