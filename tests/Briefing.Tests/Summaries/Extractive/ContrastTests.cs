using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

public sealed class ContrastTests
{
    // An op-ed that closes by granting the other side's point before a "but" that carries its own claim.
    private static readonly Briefing.Articles.Article GrantThenClaim = ExtractiveFixtures.Make(
        "What the high street needs",
        "en",
        "Shops on Mill Lane have been closing one after another, and the council is asking residents what should be done.",
        "Some traders want a bigger car park behind the market. They point out that most of their customers arrive from the villages by car.",
        "Yet the streets that have been closed to traffic in nearby towns are now the busiest in the region. People linger where they can walk safely, and lingering is what keeps cafes and bookshops alive.",
        "A pedestrian street is also cheaper to build than a multi-storey car park and leaves room for markets and events. The traders are right that villagers come by car, but a bus from a field at the edge of town would bring them just as well.",
        "In conclusion, a bigger car park would bring some shoppers back for a while, but the town should close the high street to cars.");

    [Fact]
    public async Task The_claim_after_a_granting_but_is_the_thesis_and_the_granted_view_a_counterpoint()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(GrantThenClaim, SummaryLength.Standard, CancellationToken.None);

        Assert.Equal(5, summary.Thesis.Paragraph);
        Assert.Equal("the town should close the high street to cars.", summary.Thesis.Quote);
        Assert.Contains(summary.Counterpoints, c => c.Paragraph == 5 && c.Quote.Contains("a bigger car park would bring some shoppers back", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_section_heading_that_announces_the_critics_is_not_itself_a_counterpoint()
    {
        var article = ExtractiveFixtures.Make(
            "Pay for the pipes first",
            "en",
            "Small towns lose repair grants to bigger neighbours year after year.",
            "The state should set aside a fixed share of each round for towns below a capacity threshold.",
            "Towns with part-time clerks cannot write forty-page applications, so the money follows paperwork rather than need.",
            "What the critics say",
            "Critics say that technical assistance programmes already close most of the gap.",
            "Those programmes reach a third of eligible towns, and the rest still apply alone.",
            "A reserved share costs nothing extra and sends repair money where the pipes are oldest.");

        var summary = await new ExtractiveSummarizer().SummarizeAsync(article, SummaryLength.Detailed, CancellationToken.None);

        Assert.DoesNotContain(summary.Counterpoints, c => c.Paragraph == 4);
        Assert.Contains(summary.Counterpoints, c => c.Paragraph == 5 && c.Quote.Contains("technical assistance programmes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_granted_clause_before_but_in_the_body_of_an_argument_is_a_counterpoint()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(GrantThenClaim, SummaryLength.Detailed, CancellationToken.None);

        // No concession word: the contrast alone marks the traders' view as granted and answered.
        Assert.Contains(summary.Counterpoints, c => c.Paragraph == 4 && c.Quote == "The traders are right that villagers come by car");
    }

    [Fact]
    public async Task A_conclusion_marked_on_balance_is_the_thesis_over_a_closing_example()
    {
        var essay = ExtractiveFixtures.Make(
            "Homework in primary school",
            "en",
            "Many parents wonder whether young children should get homework at all. Teachers disagree about it as well.",
            "Some homework gives children the habit of working alone. A short reading task each evening, for instance, builds vocabulary.",
            "Yet long worksheets leave little time for play, and play teaches children to share and to solve problems together.",
            "On balance, I maintain that primary schools should set only short reading tasks as homework. My own children read for twenty minutes each evening and still have time to play outside.");

        var summary = await new ExtractiveSummarizer().SummarizeAsync(essay, SummaryLength.Standard, CancellationToken.None);

        Assert.Equal("primary schools should set only short reading tasks as homework.", summary.Thesis.Quote);
    }

    [Fact]
    public void A_report_keeps_both_halves_of_a_but_sentence()
    {
        const string sentence = "The company sold more phones than ever, but its shares fell by a tenth on Tuesday.";

        Assert.Equal(sentence, ClaimSpans.Claim(sentence, cutTail: false).Slice(sentence));
        Assert.False(ConcessionSpans.HasClause(sentence));
    }
}
