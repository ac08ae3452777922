using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

/// <summary>
/// An opinion post as a user copies it: it opens on a news hook, judges it in a short sentence, weighs the other
/// side and answers it in the sentence after, and ends on a pronoun.
/// </summary>
public sealed class OpinionOnTheNewsTests
{
    private static readonly Briefing.Articles.Article Post = ExtractiveFixtures.Make(
        "Phonics did not lift the reading scores on its own",
        "en",
        "On Monday the education board published this year's reading scores, and the minister called them proof that the new phonics scheme works.",
        "That reading is mistaken. The scores rose in every region, including the eleven that never adopted the scheme.",
        "Three things changed in the same year. Class sizes in the early grades fell by four pupils, school libraries reopened after the building works, and the test itself was shortened by twenty minutes.",
        "Any of these could explain a gain of a few points. A shorter test alone has raised scores elsewhere, because tired children stop guessing well.",
        "Supporters of the scheme argue that the gain was largest where teachers had the most phonics training. That is true, yet those were also the schools whose classes shrank the most.",
        "A proper comparison would follow pupils in matched schools for several years before crediting any one change.",
        "The scheme is a sensible start for the youngest readers. It should not be credited with a national recovery.");

    [Fact]
    public async Task The_thesis_is_the_verdict_on_the_opening_news_read_with_the_sentence_that_says_why()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(Post, SummaryLength.Standard, CancellationToken.None);

        Assert.Equal("That reading is mistaken. The scores rose in every region, including the eleven that never adopted the scheme.", summary.Thesis.Quote);
        Assert.Equal(2, summary.Thesis.Paragraph);
        Assert.DoesNotContain(summary.Points, p => p.Paragraph == 1);
        Assert.DoesNotContain(summary.Points, p => p.Quote.StartsWith("The scores rose", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_point_opens_on_a_pronoun_that_leans_on_the_sentence_before()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(Post, SummaryLength.Standard, CancellationToken.None);

        Assert.NotEmpty(summary.Points);
        Assert.DoesNotContain(summary.Points, p => p.Text.StartsWith("It should", StringComparison.Ordinal));
        Assert.DoesNotContain(summary.Points, p => p.Text.StartsWith("That is true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sentence_that_grants_the_other_side_and_answers_it_is_read_as_that_counterpoints_answer()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(Post, SummaryLength.Standard, CancellationToken.None);

        var counterpoint = Assert.Single(summary.Counterpoints);
        Assert.StartsWith("Supporters of the scheme argue", counterpoint.Quote, StringComparison.Ordinal);
        Assert.EndsWith("— answer: Those were also the schools whose classes shrank the most.", counterpoint.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_news_report_whose_second_sentence_adds_facts_keeps_its_lead_as_the_thesis()
    {
        var report = ExtractiveFixtures.Make(
            "Reading scores rise in every region",
            "en",
            "On Monday the education board published this year's reading scores, which rose in every region for the first time in a decade.",
            "The results are based on tests taken by more than two hundred thousand pupils. Girls still outscore boys by six points.",
            "The board said the full tables would be released to schools next month.");

        var summary = await new ExtractiveSummarizer().SummarizeAsync(report, SummaryLength.Standard, CancellationToken.None);

        Assert.Equal(1, summary.Thesis.Paragraph);
    }

    // The same pattern, the verdict contradicting the reported claim instead of naming a fault in it.
    private static readonly Briefing.Articles.Article Contradicted = ExtractiveFixtures.Make(
        "The ferry fare rise came too early",
        "en",
        "The island council raised ferry fares by a tenth on Wednesday. \"Crossings are back to their old numbers,\" the council leader told reporters.",
        "The ticket counts say otherwise. Winter crossings are still a fifth below their level of three years ago, and the first quarter of this year was the weakest since the pandemic.",
        "Freight tells a similar story. Lorry bookings fell in each of the last four months.",
        "The council should have waited for the summer figures before asking islanders to pay more.");

    [Fact]
    public async Task A_verdict_that_contradicts_the_reported_claim_is_the_thesis_and_the_quoted_claim_no_point()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(Contradicted, SummaryLength.Standard, CancellationToken.None);

        Assert.StartsWith("The ticket counts say otherwise.", summary.Thesis.Quote, StringComparison.Ordinal);
        Assert.DoesNotContain(summary.Points, p => p.Paragraph == 1);
        Assert.DoesNotContain(summary.Points, p => p.Quote == "Freight tells a similar story.");
    }

    [Fact]
    public async Task A_grant_with_a_condition_before_its_contrast_is_the_counterpoints_answer_and_no_point()
    {
        var post = ExtractiveFixtures.Make(
            "Rent caps are the wrong fix",
            "en",
            "The council voted on Thursday to cap annual rent rises at three percent. Tenant groups hailed the vote as a historic win.",
            "They are mistaken. A cap freezes the housing we have and does nothing to add the housing we lack.",
            "Every city that capped rents in the last decade saw new building fall within three years, because builders moved to places where rents could cover their costs.",
            "The cap also locks tenants in place. A family that needs a bigger flat will not give up a capped lease.",
            "Supporters say the cap buys time while new homes are built. That would be true if the council had a building plan, but it has cut the planning budget twice since 2024.",
            "The council should drop the cap and clear the permits stuck in its own queue.");

        var summary = await new ExtractiveSummarizer().SummarizeAsync(post, SummaryLength.Standard, CancellationToken.None);

        var counterpoint = Assert.Single(summary.Counterpoints);
        Assert.EndsWith("— answer: It has cut the planning budget twice since 2024.", counterpoint.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(summary.Points, p => p.Quote.StartsWith("That would be true", StringComparison.Ordinal));
    }
}
