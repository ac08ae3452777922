using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

/// <summary>
/// A plain-spoken post (text invented): it opens on a trial's news, grants it in the author's own voice and turns on it,
/// then reports what supporters will say and flatly denies it.
/// </summary>
public sealed class DeniedViewTests
{
    private static readonly Briefing.Articles.Article Post = ExtractiveFixtures.Make(
        "Short weeks and long shifts",
        "en",
        "Every few months another trial reports that a four-day week made staff happier and cost nothing. The latest, from a group of software firms, found output unchanged after six months.",
        "I don't doubt the result. But software firms are the easiest case there is, and the pilots keep choosing them.",
        "A hospital cannot compress a week. Patients arrive on the fifth day whether or not the staff do, so every hour taken off a nurse's week has to be covered by someone else.",
        "The trials also measure the wrong thing. Output per hour rises when people work fewer hours, because the last hours of a long week are the least productive.",
        "Supporters will say that hospitals can hire more staff. They cannot: there are 40,000 nursing vacancies already.",
        "The honest version of the policy is narrower. Offer the four-day week where the work can be compressed, and stop presenting it as a reform for the whole economy.");

    [Fact]
    public async Task A_reported_view_the_author_flatly_denies_is_a_counterpoint_whose_answer_is_the_denial()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(Post, SummaryLength.Standard, CancellationToken.None);

        var counterpoint = Assert.Single(summary.Counterpoints);
        Assert.StartsWith("Supporters will say that hospitals can hire more staff", counterpoint.Quote, StringComparison.Ordinal);
        Assert.EndsWith("— answer: They cannot: there are 40,000 nursing vacancies already.", counterpoint.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(summary.Points, p => p.Paragraph == 5);
    }

    [Fact]
    public async Task The_news_the_author_grants_and_turns_on_is_neither_thesis_nor_point()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(Post, SummaryLength.Standard, CancellationToken.None);

        Assert.NotEqual(1, summary.Thesis.Paragraph);
        Assert.DoesNotContain(summary.Points, p => p.Paragraph == 1);
        Assert.DoesNotContain(summary.Points, p => p.Quote.StartsWith("I don't doubt", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("They cannot: there are 40,000 nursing vacancies already.", true)]
    [InlineData("It does not.", true)]
    [InlineData("That won't work, because the ferries are full.", true)]
    [InlineData("They do not expect the vote to pass before the spring recess.", false)]
    [InlineData("Hospitals cannot hire staff who do not exist.", false)]
    public void A_flat_denial_is_a_pronoun_and_a_negation_in_a_few_words(string sentence, bool denies)
    {
        Assert.Equal(denies, OpposingViews.Contradicts(sentence));
    }
}
