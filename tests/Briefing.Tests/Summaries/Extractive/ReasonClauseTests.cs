using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

/// <summary>A one-paragraph argument whose thesis carries its own reasons ("X should be Y, because A and B").</summary>
public sealed class ReasonClauseTests
{
    [Fact]
    public async Task The_reasons_inside_the_thesis_sentence_are_its_points()
    {
        var text = ExtractiveFixtures.Make(
            "Sunday libraries",
            "en",
            "Libraries should open on Sundays, because families have time to visit together and children read more when the habit starts early. Some say staff costs are too high, but volunteers can cover the quiet hours.");

        var summary = await new ExtractiveSummarizer().SummarizeAsync(text, SummaryLength.Standard, CancellationToken.None);

        Assert.Equal("Libraries should open on Sundays", summary.Thesis.Quote);
        Assert.Equal(
            ["families have time to visit together", "children read more when the habit starts early"],
            summary.Points.Select(p => p.Quote));
        Assert.All(summary.Points, p => Assert.Equal(1, p.Paragraph));
    }

    [Theory]
    [InlineData("Prices should fall, because demand has weakened and stocks are high.", 15, new[] { "demand has weakened", "stocks are high" })]
    [InlineData("The bridge should close since 2010.", 16, new string[0])]
    [InlineData("We should act now, because bread and milk cost more every month.", 17, new[] { "bread and milk cost more every month" })]
    public void Reason_clauses_split_at_an_and_only_between_clauses(string sentence, int from, string[] reasons)
    {
        var spans = ReasonClauses.Of(sentence, Math.Min(from, sentence.Length));

        Assert.Equal(reasons, spans.Select(s => sentence.Substring(s.Start, s.Length)));
    }

    [Fact]
    public async Task A_point_keeps_its_reason_clause()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(GrantingReplyTests.GrantedApart, SummaryLength.Detailed, CancellationToken.None);

        Assert.Contains(summary.Points, p => p.Quote == "Each of them closes for the season because its staff cannot travel.");
    }
}
