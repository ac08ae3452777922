using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

public sealed class SignpostTests
{
    // An explainer that announces its claim ("The argument here is simple.") in the second paragraph.
    private static readonly Briefing.Articles.Article Announced = ExtractiveFixtures.Make(
        "Why rural clinics close",
        "en",
        "Every winter another rural clinic posts a notice on its door saying that it will close at the end of the season. Patients then drive an hour to the nearest town for a blood test.",
        "The argument here is simple. Clinics close because the payment formula rewards the number of visits, and a clinic in a thin valley can never reach the volume the formula assumes.",
        "A clinic in the hills may see twelve patients on a busy day. The same formula pays a city practice for sixty.",
        "Some say that telemedicine already fills the gap. It helps with prescriptions, but it cannot draw blood or set a broken wrist.",
        "Paying clinics a fixed sum for being open, and a smaller sum per visit, would keep the doors open where they are needed most.");

    [Fact]
    public async Task The_sentence_an_announcement_introduces_is_the_thesis_and_the_announcement_is_no_point()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(Announced, SummaryLength.Detailed, CancellationToken.None);

        Assert.Equal(2, summary.Thesis.Paragraph);
        Assert.StartsWith("Clinics close because the payment formula rewards the number of visits", summary.Thesis.Quote, StringComparison.Ordinal);
        Assert.DoesNotContain(summary.Points, p => p.Quote.StartsWith("The argument here is simple", StringComparison.Ordinal));
    }
}
