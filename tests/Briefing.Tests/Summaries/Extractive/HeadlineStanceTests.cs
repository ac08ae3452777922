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
    [InlineData("Council votes to study free buses", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_headline_that_says_or_asks_what_ought_to_be_done_heads_an_argument(string? title, bool prescribes) =>
        Assert.Equal(prescribes, HeadlineStance.Prescribes(title));
}
