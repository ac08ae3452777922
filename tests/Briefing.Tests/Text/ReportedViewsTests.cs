using Briefing.Text;

namespace Briefing.Tests.Text;

public sealed class ReportedViewsTests
{
    [Theory]
    [InlineData("Critics of the plan say it costs too much.", true)]
    [InlineData("Some argue that the tariff is a tax on the poor.", true)]
    // A quantifier with its group after it: "Some in Seoul", "Others on the left", "Many of the growers".
    [InlineData("Some in Seoul argue that a small offer now would test the statement.", true)]
    [InlineData("Others on the left warn that the cuts will fall on renters.", true)]
    [InlineData("Many of the growers say the rules came too late.", true)]
    [InlineData("Some of the grain was sold before the harvest.", false)]
    [InlineData("Some in the audience left before the vote was counted.", false)]
    [InlineData("The ministry said on Sunday that it had no interest in talks.", false)]
    public void A_view_is_reported_when_its_holders_and_a_reporting_verb_open_the_sentence(string sentence, bool reports)
    {
        Assert.Equal(reports, ReportedViews.Reports(WordTokenizer.Tokenize(sentence)));
    }
}
