using Briefing.Articles;
using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

/// <summary>In an argument, a sentence about the debate itself frames the question; it is not one of the author's points.</summary>
public sealed class DebateFrameTests
{
    // A blog post on bus lanes: the second paragraph opens by describing the debate before the author's reasons.
    private static readonly Article BusLanes = ExtractiveFixtures.Make(
        "Bus lanes on Mill Road",
        "en",
        "The council will vote in March on two bus lanes for Mill Road. I think the lanes should be built.",
        "The debate over bus lanes on Mill Road has gone on for longer than most residents can remember. Buses on Mill Road now take twenty minutes to cover two miles at rush hour.",
        "A bus lane would cut that time in half, because the buses would no longer queue behind parked delivery vans. Faster buses would also bring back riders who gave up on the route.",
        "Shops on the road depend on people who arrive on foot or by bus. A survey of shoppers found that most of them came by bus, not by car.",
        "Delivery vans could use the side streets before ten in the morning, as they already do in the town centre.",
        "For these reasons the council should approve both bus lanes in March.");

    [Fact]
    public async Task A_sentence_about_the_debate_is_not_a_point()
    {
        foreach (var length in new[] { SummaryLength.Standard, SummaryLength.Detailed })
        {
            var summary = await new ExtractiveSummarizer().SummarizeAsync(BusLanes, length, CancellationToken.None);

            Assert.DoesNotContain(summary.Points, p => p.Quote.Contains("The debate over bus lanes", StringComparison.Ordinal));
            Assert.Contains(summary.Points, p => p.Quote.StartsWith("A bus lane would cut that time in half", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("The debate over school uniforms has run for decades.", true)]
    [InlineData("There is a lot of heated rhetoric about the new tax.", true)]
    [InlineData("It is a phenomenon known as grade inflation.", true)]
    [InlineData("Uniforms cost families less than a new wardrobe every year.", false)]
    public void Debate_frames_are_recognised_by_their_wording(string sentence, bool frames)
    {
        var words = Briefing.Text.WordTokenizer.Tokenize(sentence);

        Assert.Equal(frames, DebateFrame.Matches(words));
    }
}
