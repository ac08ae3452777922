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
}
