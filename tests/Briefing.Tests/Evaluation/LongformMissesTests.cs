using Briefing.Evaluation;
using Briefing.Summaries;

namespace Briefing.Tests.Evaluation;

public sealed class LongformMissesTests
{
    private const string Premise = "Homeschooled students have more time for sport, music and volunteering in their towns.";
    private const string Aside = "The weather in town was mild that spring.";
    private const string Story = "My neighbour bought a new red bicycle last week.";
    private const string Rebuttal = "Critics say home education isolates children.";
    private const string Books = "Families can also choose the books that suit each child.";
    private const string Pace = "Teachers at home know the pace of each child.";
    private const string Claim = "Parents should be free to teach their own children.";
    private const string Library = "Our town library, which opened in the spring of last year after a long campaign, lends tools as well as books.";

    private static readonly LongformDocument Document = new(
        "ukp_misses",
        "Let children learn at home",
        $"{Rebuttal} But that is wrong.\n\n{Premise} {Aside}\n\n{Story}\n\n{Books} {Pace}\n\n{Claim} {Library}",
        MajorClaims: [Claim],
        MajorClaimParaphrases: [],
        // The last premise is a piece from the middle of a long sentence: no sentence of the text covers it.
        Premises: [Premise, Books, Pace, Claim, "the spring of last year"],
        Counterpoints: [Rebuttal])
    {
        Refutations = ["But that is wrong."],
    };

    [Fact]
    public void A_point_that_covers_nothing_is_an_opposing_view_a_boundary_or_a_sentence_of_the_right_or_the_wrong_paragraph()
    {
        var summary = Summary(
            points:
            [
                (Premise, 2),
                (Rebuttal, 1),
                // Straddles the end of the premise and the aside that follows it.
                ("volunteering in their towns. The weather in town was mild", 2),
                (Aside, 2),
                (Story, 3),
            ],
            thesis: Claim,
            counterpoint: Pace);

        var misses = LongformMisses.Classify(Document, summary);

        Assert.Equal(
            [PointMiss.OpposingView, PointMiss.OverlapsSupport, PointMiss.OtherSentenceOfParagraph, PointMiss.ParagraphWithoutSupport],
            misses.MissedPoints.Select(p => p.Kind));
        Assert.All(misses.MissedPoints, p => Assert.True(p.BestF1 < LongformTokens.CoverF1));
        Assert.Equal((5, 5), (misses.Points, misses.Premises));
        Assert.False(misses.RanOutOfPoints);
    }

    [Fact]
    public void A_premise_no_point_covers_is_quoted_as_thesis_or_counterpoint_within_one_sentence_or_in_none()
    {
        var summary = Summary(points: [(Premise, 2)], thesis: Claim, counterpoint: Pace);

        var misses = LongformMisses.Classify(Document, summary);

        Assert.Equal(
            [(Books, PremiseMiss.SentenceWouldCover), (Pace, PremiseMiss.QuotedAsCounterpoint), (Claim, PremiseMiss.QuotedAsThesis),
                ("the spring of last year", PremiseMiss.NoSentenceCovers)],
            misses.MissedPremises.Select(p => (p.Span, p.Kind)));
        Assert.Empty(misses.MissedPoints);
        Assert.True(misses.RanOutOfPoints);
    }

    [Fact]
    public void The_table_counts_each_kind_and_the_premises_of_documents_that_ran_out_of_points()
    {
        var misses = LongformMisses.Classify(Document, Summary(points: [(Premise, 2), (Story, 3)], thesis: Claim, counterpoint: Pace));

        var table = MissesTable(misses);

        Assert.Contains("| points covering nothing | 1 |", table);
        Assert.Contains("| - ParagraphWithoutSupport | 1 |", table);
        Assert.Contains("| - SentenceWouldCover (in docs with more premises than points) | 1 (1) |", table);
    }

    private static string MissesTable(LongformDocumentMisses misses) => LongformMisses.Table([misses]);

    private static ArgumentSummary Summary(IReadOnlyList<(string Quote, int Paragraph)> points, string thesis, string counterpoint) => new()
    {
        Article = new ArticleReference(1, "t", "u", null, null, null),
        Thesis = new SummaryItem("(shortened)", thesis, 5),
        Points = [.. points.Select(p => new SummaryItem("(shortened)", p.Quote, p.Paragraph))],
        Counterpoints = [new SummaryItem("(shortened)", counterpoint, 4)],
        Engine = "extractive",
    };
}
