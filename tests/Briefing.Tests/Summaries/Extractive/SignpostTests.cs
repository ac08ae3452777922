using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

public sealed class SignpostTests
{
    // An explainer that announces its claim ("The argument here is simple.") in the second paragraph.
    private static readonly Briefing.Articles.Article Announced = ExtractiveFixtures.Make(
        "Why rural clinics close",
        "en",
        "Every winter another rural clinic posts a notice on its door saying that it will close at the end of the season. Patients then drive an hour to the nearest town for a blood test.",
        "The argument here is simple. Clinics close because the payment formula rewards the number of visits, and a clinic in a thin valley can never reach the volume the formula assumes.",
        "A clinic in the hills may see twelve patients on a busy day. The same formula pays a city practice for sixty.",
        "Some say that telemedicine already fills the gap. It helps with prescriptions, but it cannot draw blood or set a broken wrist.",
        "Paying clinics a fixed sum for being open, and a smaller sum per visit, would keep the doors open where they are needed most.");

    [Fact]
    public async Task The_sentence_an_announcement_introduces_is_the_thesis_and_the_announcement_is_no_point()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(Announced, SummaryLength.Detailed, CancellationToken.None);

        Assert.Equal(2, summary.Thesis.Paragraph);
        Assert.StartsWith("Clinics close because the payment formula rewards the number of visits", summary.Thesis.Quote, StringComparison.Ordinal);
        Assert.DoesNotContain(summary.Points, p => p.Quote.StartsWith("The argument here is simple", StringComparison.Ordinal));
    }

    // An op-ed whose evidence paragraph opens with a pointer ("Consider what the parents themselves told the district.").
    internal static readonly Briefing.Articles.Article Pointed = ExtractiveFixtures.Make(
        "The school run needs buses, not vouchers",
        "en",
        "The district board voted last week to study a travel voucher for families who drive their children to school.",
        "The board means well, but it has the problem backwards: families stopped using the school buses because the routes were cut, and a voucher does not put a bus back on the road.",
        "Consider what the parents themselves told the district. In its own survey, fewer than one family in ten named the cost of the bus as the reason they stopped; more than half named routes that no longer reach their street.",
        "The money tells the same story. The voucher would cost about what it takes to restore the four routes that were cut in the spring.",
        "A restored route also serves the children whose parents have no car, whom a voucher for drivers never reaches.",
        "Some argue that vouchers are quicker to start. They are, but a route can be back within a term once the money is there.",
        "The board should spend the next dollar on routes, not on vouchers.");

    [Fact]
    public async Task A_pointer_to_evidence_is_no_point_and_the_evidence_after_it_is()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(Pointed, SummaryLength.Standard, CancellationToken.None);

        Assert.DoesNotContain(summary.Points, p => p.Quote.StartsWith("Consider what the parents", StringComparison.Ordinal));
        Assert.Contains(summary.Points, p => p.Paragraph == 3 && p.Quote.Contains("fewer than one family in ten named the cost of the bus", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Consider what the parents said.", true)]
    [InlineData("Look at the towns that tried it first.", true)]
    [InlineData("Remember that the voucher was meant to be temporary.", false)]
    [InlineData("Consider the 2019 survey.", false)]
    [InlineData("Consider the cost of doing nothing, which falls on the families who can least afford another car and another driver.", false)]
    [InlineData("The parents said the same.", false)]
    [InlineData("Wage settlements tell the same story.", true)]
    [InlineData("The money points the same way.", true)]
    [InlineData("The survey of four thousand renters in the capital tells the same story.", false)]
    public void A_pointer_is_a_short_imperative_that_gives_nothing_of_its_own(string text, bool points)
    {
        var words = Briefing.Text.WordTokenizer.Tokenize(text);
        var sentence = new ArticleSentence(0, 1, new Briefing.Text.TextSpan(0, text.Length), text, words, words);

        Assert.Equal(points, Signposts.PointsAhead(sentence));
    }

    [Theory]
    [InlineData("I read an article on a ferry captain named Ola and his first winter on the crossing.", true)]
    [InlineData("I remembered all this last week when I read about a new ferry timetable.", true)]
    [InlineData("I thought I would add this piece to explain what one crossing costs a family.", true)]
    [InlineData("Last week I came across a report on island schools.", true)]
    [InlineData("I read that the crossing loses money every winter.", false)]
    [InlineData("I thought the crossing would close, and it did not.", false)]
    [InlineData("The captain read the report twice before she signed it.", false)]
    public void A_sentence_about_how_the_piece_came_to_be_written_states_nothing(string text, bool meta)
    {
        var words = Briefing.Text.WordTokenizer.Tokenize(text);
        var sentence = new ArticleSentence(0, 1, new Briefing.Text.TextSpan(0, text.Length), text, words, words);

        Assert.Equal(meta, Signposts.TellsHowItWasWritten(sentence));
        Assert.Equal(meta, Signposts.StatesNothing(sentence));
    }

    [Fact]
    public async Task A_section_heading_is_never_a_point_even_when_points_run_short()
    {
        var sectioned = ExtractiveFixtures.Make(
            "Ferries should run all winter",
            "en",
            "The island ferry stops every November and the island empties with it.",
            "Why a winter timetable pays",
            "A winter timetable would keep the school, the surgery and the shop open all year.",
            "The electric ferries bought last year cost a third as much to run as the old ones.",
            "The council should fund a winter timetable from next November.");

        var summary = await new ExtractiveSummarizer().SummarizeAsync(sectioned, SummaryLength.Detailed, CancellationToken.None);

        Assert.DoesNotContain(summary.Points, p => p.Quote == "Why a winter timetable pays");
        Assert.NotEmpty(summary.Points);
    }
}
