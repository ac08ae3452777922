using Briefing.Evaluation;
using Briefing.Summaries;

namespace Briefing.Tests.Evaluation;

public sealed class LongformEvaluationTests
{
    private const string Premise = "Homeschooled students have more time for sport, music and volunteering in their towns.";

    [Fact]
    public void An_item_covers_a_span_by_token_f1()
    {
        Assert.True(LongformTokens.Covers("Homeschooled students have more time for sport", Premise));
        Assert.False(LongformTokens.Covers("Public schools teach to the test", Premise));
    }

    [Fact]
    public void A_long_item_covers_a_span_that_contains_most_of_its_words()
    {
        // 5 of 6 tokens occur in the much longer span: F1 is low, but the item is inside it.
        var item = "more time for music, volunteering today";
        var span = Premise + " Their parents also choose the books they read.";
        Assert.True(LongformTokens.F1(item, span) < LongformTokens.CoverF1);
        Assert.True(LongformTokens.Covers(item, span));
        // Four tokens are too few for the containment rule.
        Assert.False(LongformTokens.Covers("more time for music", Premise + " " + Premise + " and much else besides"));
    }

    [Fact]
    public void Tokens_are_lowercase_ascii_letters_and_digits()
    {
        Assert.Equal(["it", "s", "a", "b2", "caf"], LongformTokens.Tokenize("It's A-B2 café"));
    }

    [Fact]
    public void Redundant_pairs_count_points_sharing_half_their_content_words()
    {
        string[] points = ["Schools should start later in the morning.", "Schools should start later each morning.", "Teenagers need more sleep."];
        Assert.Equal(1, LongformTokens.RedundantPairs(points));
    }

    [Fact]
    public void A_summary_is_scored_by_its_quotes_against_the_gold_and_the_lead_baseline()
    {
        var document = new LongformDocument(
            "ukp_test",
            "Let children learn at home",
            "Critics say home education isolates children. But that is wrong.\n\n" + Premise + "\n\nParents should be free to teach their own children.",
            MajorClaims: ["Parents should be free to teach their own children."],
            MajorClaimParaphrases: [],
            Premises: [Premise],
            Counterpoints: ["Critics say home education isolates children."]);
        var summary = new ArgumentSummary
        {
            Article = new ArticleReference(1, "t", "u", null, null, null),
            Thesis = new SummaryItem("Parents should be free to teach", "Parents should be free to teach their own children.", 3),
            Points = [new SummaryItem("(shortened)", Premise, 2)],
            Counterpoints = [new SummaryItem("(shortened)", "Critics say home education isolates children", 1)],
            Engine = "extractive",
        };

        var score = LongformEvaluation.Score(document, summary);

        Assert.True(score.HasExplicitClaim);
        Assert.Equal(new ThesisHits(Engine: true, FirstSentence: false, FirstBodySentence: false, LastSentence: true), score.Thesis);
        Assert.Equal((1, 1, 0), (score.PremisesCovered, score.PointsCovering, score.LeadPointsCovering));
        Assert.Equal((1, 1, 1), (score.RebuttalsCovered, score.CounterpointsReturned, score.CounterpointsCovering));
        Assert.False(score.IsLong);
    }
}
