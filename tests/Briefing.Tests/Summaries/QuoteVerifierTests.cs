using Briefing.Models;

namespace Briefing.Tests.Summaries;

public sealed class QuoteVerifierTests
{
    private static readonly QuoteVerifier Verifier = new(
    [
        "The minister said the plan was “final”. Few believed her.",
        "Prices rose 4.5 percent in March, the fastest pace in a decade.\nEconomists had expected less.",
        "Prices rose in March.",
    ]);

    [Fact]
    public void A_verbatim_quote_is_kept_with_the_paragraph_it_really_stands_in()
    {
        var quote = Verifier.Verify("Prices rose 4.5 percent in March", 3);

        Assert.Equal(new VerifiedQuote("Prices rose 4.5 percent in March", 2, Reanchored: false), quote);
    }

    [Fact]
    public void The_claimed_paragraph_wins_when_the_words_occur_twice()
    {
        Assert.Equal(3, Verifier.Verify("Prices rose in March", 3)!.Paragraph);
    }

    [Fact]
    public void Whitespace_and_quotation_marks_are_normalised_but_the_article_text_is_returned()
    {
        var quote = Verifier.Verify("\"the plan was \"final\"", 1);

        Assert.Equal("the plan was “final”.", quote!.Quote);
        Assert.False(quote.Reanchored);
        Assert.Equal("the fastest pace in a decade. Economists had expected less.", Verifier.Verify("the fastest  pace in a decade.   Economists had expected less", 2)!.Quote);
    }

    [Fact]
    public void A_paraphrase_is_reanchored_to_the_closest_sentence()
    {
        var quote = Verifier.Verify("Economists expected less than that", 1);

        Assert.Equal(new VerifiedQuote("Economists had expected less.", 2, Reanchored: true), quote);
    }

    [Theory]
    [InlineData("The central bank will cut rates next week")]
    [InlineData("")]
    [InlineData("  “ ”  ")]
    public void A_quote_with_nothing_close_in_the_article_is_dropped(string invented)
    {
        Assert.Null(Verifier.Verify(invented, 1));
    }
}
