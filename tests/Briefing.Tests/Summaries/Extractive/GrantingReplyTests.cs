using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

public sealed class GrantingReplyTests
{
    [Theory]
    [InlineData("That is true, yet the new ferries will not arrive before the old ones are scrapped.", "the new ferries")]
    [InlineData("True, but nobody has asked the tenants what they want.", "nobody has asked")]
    [InlineData("That may be so; but the savings vanish once the second shift is paid.", "the savings vanish")]
    public void A_short_grant_before_a_contrast_is_an_answer_that_starts_after_the_contrast(string sentence, string answerOpening)
    {
        var start = GrantingReply.AnswerStart(sentence);

        Assert.True(start > 0);
        Assert.StartsWith(answerOpening, sentence[start..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The harbour plan is popular with voters across the whole county, but it costs too much.")]
    [InlineData("That is true.")]
    [InlineData("Rents rose again this year, but wages did not keep up with them at all.")]
    public void A_claim_of_its_own_before_the_contrast_or_no_contrast_is_no_granting_reply(string sentence)
    {
        Assert.Equal(-1, GrantingReply.AnswerStart(sentence));
    }
}
