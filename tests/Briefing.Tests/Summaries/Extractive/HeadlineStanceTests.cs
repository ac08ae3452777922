using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

public sealed class HeadlineStanceTests
{
    [Fact]
    public async Task An_op_ed_under_a_prescriptive_headline_never_takes_its_opening_news_hook_as_the_thesis()
    {
        // Its body argues with plain facts and a single "should": read as news, its first sentence (the board's vote)
        // would lead the summary as the claim.
        var summary = await new ExtractiveSummarizer().SummarizeAsync(SignpostTests.Pointed, SummaryLength.Standard, CancellationToken.None);

        Assert.NotEqual(1, summary.Thesis.Paragraph);
        Assert.Equal("The board should spend the next dollar on routes, not on vouchers.", summary.Thesis.Quote);
    }

    [Theory]
    [InlineData("The school run needs buses, not vouchers", true)]
    [InlineData("Should all universities charge tuition fees?", true)]
    [InlineData("Why the council must rethink its fare plan", true)]
    [InlineData("Four reasons the housing plan will fall short", true)]
    [InlineData("The case for a winter ferry", true)]
    [InlineData("Why the port closed on Tuesday", false)]
    [InlineData("Council votes to study free buses", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_headline_that_says_or_asks_what_ought_to_be_done_heads_an_argument(string? title, bool prescribes) =>
        Assert.Equal(prescribes, HeadlineStance.Prescribes(title));

    // A numbered list of reasons under a "reasons" headline: the opening news line is context, and each point quotes
    // its item without the item's number.
    private static readonly Briefing.Articles.Article Listed = ExtractiveFixtures.Make(
        "Three reasons the ferry plan will fall short",
        "en",
        "The transport board announced on Monday that a new ferry will serve the outer islands from next spring.",
        "1. The harbour is too shallow. At low tide the new boat cannot reach the pier without dredging nobody has paid for.",
        "2. Crews are scarce. Two of the four licensed skippers on the islands retire this year, and no training place is funded.",
        "3. The timetable ignores the school day. The first crossing lands after lessons begin, so children still board on the mainland.",
        "Until the board answers these three problems, the new ferry is a promise rather than a plan.");

    [Fact]
    public async Task A_reasons_headline_heads_an_argument_and_list_numbers_stay_out_of_quotes()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(Listed, SummaryLength.Standard, CancellationToken.None);

        Assert.NotEqual(1, summary.Thesis.Paragraph);
        Assert.NotEmpty(summary.Points);
        Assert.All(summary.Points, p => Assert.False(char.IsDigit(p.Quote[0]) && p.Quote[1] == '.', p.Quote));
    }
}
