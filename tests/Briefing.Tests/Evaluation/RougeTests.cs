using Briefing.Evaluation;

namespace Briefing.Tests.Evaluation;

public sealed class RougeTests
{
    private const string Candidate = "The cat sat on the mat.";
    private const string Reference = "the cat lay on the mat";

    [Fact]
    public void Rouge1_counts_clipped_unigram_overlap()
    {
        // Overlap: the x2, cat, on, mat = 5 of 6 tokens on both sides.
        var score = Rouge.N(Candidate, Reference, 1);

        Assert.Equal(5.0 / 6, score.Precision, 9);
        Assert.Equal(5.0 / 6, score.Recall, 9);
        Assert.Equal(5.0 / 6, score.F1, 9);
    }

    [Fact]
    public void Rouge2_counts_bigram_overlap()
    {
        // Shared bigrams: "the cat", "on the", "the mat" = 3 of 5 on both sides.
        var score = Rouge.N(Candidate, Reference, 2);

        Assert.Equal(0.6, score.F1, 9);
    }

    [Fact]
    public void RougeL_uses_the_longest_common_subsequence()
    {
        // LCS: the cat on the mat (5 tokens).
        Assert.Equal(5.0 / 6, Rouge.L(Candidate, Reference).F1, 9);
        Assert.Equal(0.0, Rouge.L("x y", Reference).F1);
    }

    [Fact]
    public void Precision_and_recall_differ_when_lengths_differ()
    {
        var score = Rouge.N("a b c", "a b c d e", 1);

        Assert.Equal(1.0, score.Precision, 9);
        Assert.Equal(0.6, score.Recall, 9);
        Assert.Equal(0.75, score.F1, 9);
    }

    [Fact]
    public void Repeated_words_are_clipped_to_the_reference_count()
    {
        // "the the the" shares only one "the" with the reference.
        var score = Rouge.N("the the the", "the cat", 1);

        Assert.Equal(1.0 / 3, score.Precision, 9);
        Assert.Equal(0.5, score.Recall, 9);
    }

    [Fact]
    public void Empty_texts_score_zero()
    {
        Assert.Equal(default, Rouge.N("", Reference, 1));
        Assert.Equal(default, Rouge.N(Candidate, "", 2));
        Assert.Equal(default, Rouge.L("", ""));
    }

    [Fact]
    public void Token_f1_matches_at_one_half_against_the_best_reference()
    {
        // "childhood is the happiest period" vs gold 1: 4 shared words; precision 4/5, recall 4/7, F1 2/3.
        string[] gold = ["childhood is the happiest time of life", "school days are short"];

        Assert.Equal(2.0 / 3, TokenF1.Best("Childhood is the happiest period", gold), 9);
        Assert.True(TokenF1.Matches("Childhood is the happiest period", gold));
        Assert.False(TokenF1.Matches("Adults worry about bills", gold));
        Assert.False(TokenF1.Matches("anything", []));
    }
}
