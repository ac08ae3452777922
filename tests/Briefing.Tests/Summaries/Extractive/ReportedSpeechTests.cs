using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

public sealed class ReportedSpeechTests
{
    [Theory]
    [InlineData("I don't think my family is the worst case,” he told the Post.", true)]
    [InlineData("“We will close the quay,” the mayor said.", true)]
    [InlineData("The harbour master said: “The quay floods every spring.”", true)]
    [InlineData("The quay floods every spring, and the harbour master told the council so in March.", false)]
    public void A_sentence_that_closes_a_quotation_and_names_its_speaker_is_someone_elses_words(string sentence, bool reported)
    {
        Assert.Equal(reported, ReportedSpeech.Matches(sentence));
    }

    [Fact]
    public async Task In_an_argument_a_quotation_of_someone_else_is_not_one_of_the_authors_points()
    {
        var post = ExtractiveFixtures.Make(
            "The harbour should close the south quay",
            "en",
            "The south quay floods every spring, and each flood costs the harbour a month of berth fees.",
            "“The south quay has earned its berth fees for a century and the harbour cannot spare it,” the harbour master told the Gazette.",
            "The repairs after each flood now cost more than the quay earns in a year.",
            "The north quay has spare berths in every month but August.",
            "Insurers have raised the premium twice since the last flood.",
            "The fishing fleet has shrunk by a third in a decade.",
            "I think the harbour should close the south quay this winter and move its boats north.");

        var summary = await new ExtractiveSummarizer().SummarizeAsync(post, SummaryLength.Standard, CancellationToken.None);

        Assert.NotEmpty(summary.Points);
        Assert.DoesNotContain(summary.Points, p => p.Paragraph == 2);
    }
}
