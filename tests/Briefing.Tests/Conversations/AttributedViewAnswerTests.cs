using Briefing.Articles;
using Briefing.Conversations;
using Briefing.Tests.Summaries;

namespace Briefing.Tests.Conversations;

/// <summary>
/// A view the author gives to others ("Some argue …") is never the whole answer: the author's reply, in the sentence
/// after it, is quoted with it, so the answer does not present the other side as the article's position.
/// </summary>
public sealed class AttributedViewAnswerTests
{
    private static readonly Article Parking = TestArticles.Make(21, "Stop subsidising downtown garages", "hash-parking",
        "Every year the city spends millions keeping its garages cheap, and the money would do more good on buses.",
        "The garages sit half empty on weekdays. The council's own counts put occupancy below forty percent.",
        "Some argue that downtown shops would suffer without cheap parking. That fear is overstated: the shops that grew after the last price rise were the ones near frequent bus stops. Rents, not parking, decide which shops close.",
        "The council should phase out the subsidy over three years.");

    [Fact]
    public async Task A_question_that_lands_on_an_attributed_view_gets_the_authors_answer_with_it()
    {
        var answer = await new ExtractiveQuestionAnswerer().AnswerAsync("What happens to the shops downtown?", [Parking], [], CancellationToken.None);

        Assert.True(answer.Answered);
        var citation = Assert.Single(answer.Citations, c => c.Paragraph == 3);
        Assert.StartsWith("Some argue that downtown shops would suffer without cheap parking. That fear is overstated:", citation.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Some argue that downtown shops would suffer.", true)]
    [InlineData("Of course, critics of the plan say it is too slow.", true)]
    [InlineData("Supporters of the trial point out that no service collapsed.", true)]
    [InlineData("Many residents worry about the cost.", true)]
    [InlineData("The shops that grew were near bus stops.", false)]
    [InlineData("I argue that the subsidy should end.", false)]
    [InlineData("Some shops closed last year.", false)]
    public void Recognises_a_view_given_to_others_at_the_start_of_a_sentence(string sentence, bool expected) =>
        Assert.Equal(expected, Briefing.Conversations.Ranking.AttributedView.Opens(sentence));
}
