using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

/// <summary>
/// A short argument whose headline says what should be done and whose first paragraph is the author's own
/// generalisation, not news (text invented): that opening is a reason like any other, not a scene-setting hook.
/// </summary>
public sealed class OpeningReasonTests
{
    [Fact]
    public async Task An_opening_that_tells_no_news_can_be_a_point()
    {
        var post = ExtractiveFixtures.Make(
            "Towns should price parking, not ban cars",
            "en",
            "Every town that has banned cars from its high street has had to lift the ban within a few years, because shops and workers pushed back.",
            "Pricing parking works better. When Harbourton raised kerbside fees to match demand, a third of the cruising traffic disappeared.",
            "Some drivers argue that fees punish people who have no bus. That is fair where the buses do not run, but the fee income can pay for them.",
            "Towns should therefore price parking by demand and spend the money on buses.");

        var summary = await new ExtractiveSummarizer().SummarizeAsync(post, SummaryLength.Standard, CancellationToken.None);

        Assert.Contains(summary.Points, p => p.Paragraph == 1);
    }

    [Theory]
    [InlineData("On Monday the council published its parking figures.", true)]
    [InlineData("The council voted to close the high street to cars.", true)]
    [InlineData("Kerbside fees rose by 40 percent.", true)]
    [InlineData("Every town that has banned cars has had to lift the ban.", false)]
    public void News_is_told_by_a_reporting_verb_a_time_or_a_figure(string text, bool news)
    {
        var words = Briefing.Text.WordTokenizer.Tokenize(text);

        Assert.Equal(news, OpeningContext.TellsNews(new ArticleSentence(0, 1, new Briefing.Text.TextSpan(0, text.Length), text, words, words)));
    }
}
