using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

/// <summary>In a longer piece, counterpoints are the opposing views the author plainly weighs, not every hedge.</summary>
public sealed class CounterpointTests
{
    [Fact]
    public async Task A_long_post_whose_only_concessions_are_hedges_gets_no_counterpoints()
    {
        var post = ExtractiveFixtures.Make(
            "Why our library opens on Sundays",
            "en",
            "Our branch library opened on Sundays for the first time this spring. I think it was the best decision the board made all year.",
            "Although the building is small, more than four hundred people came on the first Sunday. Families who work all week finally had time to browse together.",
            "While the budget was tight, the extra hours cost less than one part-time salary. Volunteers from the reading club covered the quiet afternoon shifts.",
            "Even though the café next door was closed, children stayed for the story hour until the doors shut. Several parents asked for a second session.",
            "The reading club now meets on Sunday mornings as well. Its members bring friends who had never held a library card.",
            "Loans on Sundays now make up a tenth of the week's total. The board should keep the Sunday hours and add the second story hour.");

        var summary = await new ExtractiveSummarizer().SummarizeAsync(post, SummaryLength.Standard, CancellationToken.None);

        Assert.Empty(summary.Counterpoints);
    }

    [Fact]
    public async Task An_argument_announced_as_the_other_sides_and_views_attributed_to_others_are_counterpoints()
    {
        var post = ExtractiveFixtures.Make(
            "The case for learning at home",
            "en",
            "Home education has grown quickly in the last ten years. Families choose it for many reasons.",
            "One of the most common arguments against home education is that children will not learn to get along with their peers. Yet most home-educated children play team sports and join clubs.",
            "My colleagues say that parents cannot teach advanced mathematics. Online courses and tutors now cover that gap for a fraction of a school's cost.",
            "Children at home can move at their own pace. A child who reads early is not held back, and a child who struggles gets more time.",
            "Parents who can teach their children at home should be free to do so.");

        var summary = await new ExtractiveSummarizer().SummarizeAsync(post, SummaryLength.Standard, CancellationToken.None);

        Assert.Contains(summary.Counterpoints, c => c.Quote.StartsWith("One of the most common arguments against", StringComparison.Ordinal));
        Assert.Contains(summary.Counterpoints, c => c.Quote.StartsWith("My colleagues say", StringComparison.Ordinal));
        Assert.DoesNotContain(summary.Points, p => p.Paragraph == 2 && p.Quote.StartsWith("One of the most common", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_counterpoint_quotes_the_opposing_view_and_reads_it_with_the_authors_answer()
    {
        var article = ExtractiveFixtures.Make(
            "Tax the carbon at the border",
            "en",
            "Parliament votes next month on a carbon charge for imported steel and cement.",
            "I argue that the charge should pass, because without it the carbon price will not survive the next downturn.",
            "Critics say the charge is protectionism dressed in green. That risk is real, but the charge can credit any carbon price paid abroad.",
            "Admittedly the paperwork is heavy for small importers, but a default value per product keeps the burden proportionate.",
            "The charge keeps the carbon price affordable when times get hard.");

        var summary = await new ExtractiveSummarizer().SummarizeAsync(article, SummaryLength.Standard, CancellationToken.None);

        var critics = Assert.Single(summary.Counterpoints, c => c.Quote == "Critics say the charge is protectionism dressed in green.");
        Assert.EndsWith("— answer: The charge can credit any carbon price paid abroad.", critics.Text, StringComparison.Ordinal);
        var admitted = Assert.Single(summary.Counterpoints, c => c.Quote == "Admittedly the paperwork is heavy for small importers");
        Assert.EndsWith("— answer: A default value per product keeps the burden proportionate.", admitted.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_view_the_author_dismisses_in_the_next_sentence_gets_that_sentence_as_its_answer()
    {
        var article = ExtractiveFixtures.Make(
            "Stop subsidising downtown garages",
            "en",
            "Every year the city spends millions keeping its garages cheap, and the money would do more good on buses.",
            "The garages sit half empty on weekdays. The council's own counts put occupancy below forty percent.",
            "Cheap parking pulls people into cars. When the price of a space is hidden in taxes, driving looks cheaper than the bus.",
            "Some argue that downtown shops would suffer without cheap parking. That fear is overstated: the shops that grew after the last price rise were the ones near frequent bus stops.",
            "The council should phase out the subsidy over three years and put the savings into service.");

        var summary = await new ExtractiveSummarizer().SummarizeAsync(article, SummaryLength.Standard, CancellationToken.None);

        var shops = Assert.Single(summary.Counterpoints, c => c.Quote == "Some argue that downtown shops would suffer without cheap parking.");
        Assert.EndsWith("— answer: That fear is overstated: the shops that grew after the last price rise were the ones near frequent bus stops.", shops.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(summary.Points, p => p.Quote.StartsWith("That fear is overstated", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("That fear is overstated: the shops grew.", true)]
    [InlineData("This argument is simply wrong.", true)]
    [InlineData("Such worries were misplaced from the start.", true)]
    [InlineData("That plan is expensive.", false)]
    [InlineData("The fear is real.", false)]
    public void A_sentence_that_names_the_view_before_it_and_rejects_it_answers_it(string sentence, bool expected) =>
        Assert.Equal(expected, OpposingViews.Answers(Briefing.Text.WordTokenizer.Tokenize(sentence)));

    [Fact]
    public void The_author_arguing_is_not_an_opposing_view()
    {
        Assert.False(ExplicitOpposition.Matches(["i", "would", "argue", "that", "schools", "should", "open"], reportedOpinion: 0));
        Assert.True(ExplicitOpposition.Matches(["some", "may", "argue", "that", "schools", "should", "close"], reportedOpinion: 0));
        Assert.True(ExplicitOpposition.Matches(["proponents", "of", "private", "schools", "argue", "that", "fees", "help"], reportedOpinion: 0));
    }
}
