using Briefing.Articles;
using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

/// <summary>
/// A short stance on a pronoun ("But in my view it should start later.") names no subject of its own: the thesis is
/// the sentence before it, which says what "it" is.
/// </summary>
public sealed class LeaningThesisTests
{
    // An opinion blog on school starting age whose closing stance sentence only points back at the claim before it.
    private static readonly Article StartingAge = ExtractiveFixtures.Make(
        "When should school begin?",
        "en",
        "Parents in the district were sent a letter last month about the new enrolment dates for the autumn term.",
        "Children who start formal lessons at four spend their first year learning to sit still rather than learning to read. Those who start at six arrive with more spoken words and catch up within a term.",
        "Teachers in the nursery classes say the same thing in every staff survey. The younger children tire by lunchtime and the older ones wait for them.",
        "A later start gives every child the spoken language that reading is built on, so the district should let families choose a later first day. But in my view it should be the rule.");

    [Fact]
    public async Task A_stance_that_leans_on_the_sentence_before_gives_way_to_that_sentence()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(StartingAge, SummaryLength.Standard, CancellationToken.None);

        Assert.StartsWith("A later start gives every child the spoken language", summary.Thesis.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("But in my view it should be the rule.", true)]
    [InlineData("In short, this is what the town needs.", true)]
    [InlineData("Still, that would cost too much.", false)]
    [InlineData("If we had kept the old bridge, that would be one thing.", false)]
    [InlineData("In my view the district should let families choose a later first day.", false)]
    [InlineData("It should be the rule.", false)]
    public void Only_a_short_pronoun_claim_after_framing_leans_back(string sentence, bool leans)
    {
        Assert.Equal(leans, ClaimSpans.LeansOnPrevious(sentence));
    }
}
