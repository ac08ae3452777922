using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

/// <summary>
/// An explainer that sets out the case against something one argument at a time and answers each, in plain prose
/// with few stance words (text invented). The arguments it answers are counterpoints or nothing, never its points.
/// </summary>
public sealed class AnnouncedArgumentsTests
{
    private static readonly Briefing.Articles.Article Explainer = ExtractiveFixtures.Make(
        "Community gardens on school land",
        "en",
        "Cost",
        "One of the most common arguments against school gardens is that they cost money the school does not have. Most gardens start with donated tools and seeds. Parents build the beds over a weekend. Water comes from the roof.",
        "Supervision",
        "Another argument against school gardens is that nobody looks after them in the summer holidays. Neighbours on a rota water the beds in July and August. The harvest goes to the families who did the work.",
        "Learning",
        "Pupils who grow vegetables measure, weigh and record what they pick. Teachers use the beds for science lessons about soil and insects. Children who garden eat more of the vegetables they grew.",
        "A final argument against school gardens is that the land could hold a car park. The car park would serve a dozen staff for a few minutes a day.",
        "School land can hold a garden that costs little and teaches a lot.");

    [Theory]
    [InlineData(SummaryLength.Standard)]
    [InlineData(SummaryLength.Detailed)]
    public async Task The_arguments_the_text_answers_are_never_its_points(SummaryLength length)
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(Explainer, length, CancellationToken.None);

        Assert.NotEmpty(summary.Points);
        Assert.DoesNotContain(summary.Points, p => p.Quote.Contains("argument against", StringComparison.Ordinal));
        Assert.DoesNotContain(summary.Points, p => p.Quote.Contains("arguments against", StringComparison.Ordinal));
    }
}
