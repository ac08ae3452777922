using Briefing.Summaries.Extractive;
using Briefing.Text;

namespace Briefing.Tests.Summaries.Extractive;

public sealed class DanglingReferenceTests
{
    [Theory]
    [InlineData("It should not be credited with a national recovery.")]
    [InlineData("This also means the ferry will run empty in winter.")]
    [InlineData("That plan is naive.")]
    [InlineData("They were wrong about the tunnel as well.")]
    public void A_sentence_opening_on_a_pronoun_that_points_back_dangles(string sentence)
    {
        Assert.True(DanglingReference.Opens(WordTokenizer.Tokenize(sentence)));
    }

    [Theory]
    [InlineData("It is clear that the ferry will run empty in winter.")]
    [InlineData("It would be easy to blame the drivers.")]
    [InlineData("The ferry will run empty in winter.")]
    [InlineData("That plan for the harbour road was drawn up by engineers from three countries.")]
    public void A_forward_pointing_it_or_a_named_subject_does_not_dangle(string sentence)
    {
        Assert.False(DanglingReference.Opens(WordTokenizer.Tokenize(sentence)));
    }
}
