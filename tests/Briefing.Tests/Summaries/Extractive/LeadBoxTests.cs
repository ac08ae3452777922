using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

/// <summary>
/// A brief that opens with a box of takeaways, then a news hook, how others read it, and the author's verdict on that
/// reading (text invented). The hook is the prose's opening even below the box, and it sets the scene: no point. The
/// verdict on it is the author's stance, even though the text closes on a prescription.
/// </summary>
public sealed class LeadBoxTests
{
    private static readonly Briefing.Articles.Article Brief = ExtractiveFixtures.Make(
        "The port should use the dredging pause",
        "en",
        "Key takeaways",
        "• The pause costs the port little.",
        "• Container traffic no longer needs the southern channel.",
        "On Monday the port authority announced that it would pause the dredging contract until spring. Most commentators read the pause as a defeat for the harbour plan.",
        "That reading is wrong. The pause lets the authority ask which berths its ships still use before it spends the money.",
        "Container traffic has moved to the northern terminal, where the water is already deep enough for the largest ships.",
        "The southern berths now serve ferries and fishing boats, which draw less than four metres.",
        "Some operators argue that a shallow channel will scare off future business. That was a fair worry when the southern quay handled most of the freight. It handles a tenth of it today, and the share is still falling.",
        "The authority should therefore spend the winter on a traffic survey and let the contract lapse if the survey confirms the shift.");

    [Fact]
    public async Task The_verdict_on_the_hook_below_the_box_is_the_thesis_over_the_closing_prescription_and_the_hook_no_point()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(Brief, SummaryLength.Detailed, CancellationToken.None);

        Assert.Equal(5, summary.Thesis.Paragraph);
        Assert.StartsWith("That reading is wrong. The pause lets the authority ask", summary.Thesis.Quote, StringComparison.Ordinal);
        Assert.NotEmpty(summary.Points);
        Assert.DoesNotContain(summary.Points, p => p.Paragraph == 4);
    }

    [Fact]
    public async Task A_grant_pointing_back_with_a_long_qualifier_leads_to_the_answer_after_it_and_neither_is_a_point()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(Brief, SummaryLength.Standard, CancellationToken.None);

        var counterpoint = Assert.Single(summary.Counterpoints);
        Assert.StartsWith("Some operators argue", counterpoint.Quote, StringComparison.Ordinal);
        Assert.EndsWith("— answer: It handles a tenth of it today, and the share is still falling.", counterpoint.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(summary.Points, p => p.Paragraph == 8);
    }
}
