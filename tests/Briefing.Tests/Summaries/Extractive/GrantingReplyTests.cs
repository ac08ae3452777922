using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

public sealed class GrantingReplyTests
{
    [Theory]
    [InlineData("That is true, yet the new ferries will not arrive before the old ones are scrapped.", "the new ferries")]
    [InlineData("True, but nobody has asked the tenants what they want.", "nobody has asked")]
    [InlineData("That may be so; but the savings vanish once the second shift is paid.", "the savings vanish")]
    [InlineData("That is worth trying, but it should not be mistaken for a policy.", "it should not be mistaken")]
    [InlineData("That would be true if the harbour had a dredging plan, but it has cut the budget twice.", "it has cut the budget")]
    public void A_short_grant_before_a_contrast_is_an_answer_that_starts_after_the_contrast(string sentence, string answerOpening)
    {
        var start = GrantingReply.AnswerStart(sentence);

        Assert.True(start > 0);
        Assert.StartsWith(answerOpening, sentence[start..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The harbour plan is popular with voters across the whole county, but it costs too much.")]
    [InlineData("That is true.")]
    [InlineData("That harbour is the oldest in the county and still the busiest one, but it floods.")]
    [InlineData("Rents rose again this year, but wages did not keep up with them at all.")]
    public void A_claim_of_its_own_before_the_contrast_or_no_contrast_is_no_granting_reply(string sentence)
    {
        Assert.Equal(-1, GrantingReply.AnswerStart(sentence));
    }

    [Theory]
    [InlineData("That was true in 2020.", true)]
    [InlineData("Fair enough.", true)]
    [InlineData("That was true when the boats burned diesel.", true)]
    [InlineData("That was a fair worry when the harbour still flooded every single spring.", true)]
    [InlineData("I don't doubt the result.", true)]
    [InlineData("No one disputes the figures.", true)]
    [InlineData("I don't doubt that we will need more staff in every ward by next winter.", false)]
    [InlineData("It is possible to rebuild the harbour wall in a single dry summer season.", false)]
    [InlineData("It is true that tuition fees deter poor students.", false)]
    [InlineData("Yes, there is a certain risk to life.", false)]
    [InlineData("That is true, yet the ferries will not come.", false)]
    [InlineData("That was the year the ferry service ended for good.", false)]
    [InlineData("True rents are higher than the official index says they are.", false)]
    public void A_grant_can_be_a_short_sentence_of_its_own(string sentence, bool bare)
    {
        Assert.Equal(bare, GrantingReply.IsBareGrant(sentence));
    }

    // A report that grants an objection in a sentence of its own and answers it in the next.
    internal static readonly Briefing.Articles.Article GrantedApart = ExtractiveFixtures.Make(
        "Ferries should run all winter",
        "en",
        "The island ferry stops every November and starts again in April, and the island empties with it.",
        "A winter timetable would keep the school, the surgery and the shop open. Each of them closes for the season because its staff cannot travel.",
        "Some councillors argue that a winter service costs too much for the few who would use it. That was true when the boats burned diesel. The electric ferries bought last year cost a third as much to run.",
        "The council should fund a winter timetable from next November.");

    [Fact]
    public async Task A_grant_of_its_own_is_no_counterpoint_and_the_sentence_after_it_is_the_answer()
    {
        var summary = await new Briefing.Summaries.Extractive.ExtractiveSummarizer().SummarizeAsync(GrantedApart, Briefing.Summaries.SummaryLength.Detailed, CancellationToken.None);

        var counterpoint = Assert.Single(summary.Counterpoints);
        Assert.StartsWith("Some councillors argue that a winter service costs too much", counterpoint.Quote, StringComparison.Ordinal);
        Assert.Contains("answer: The electric ferries bought last year cost a third as much to run.", counterpoint.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(summary.Points, p => p.Quote.StartsWith("That was true", StringComparison.Ordinal));
    }
}
