using System.Globalization;
using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Digests;

public sealed class DigestComposerTests
{
    private static readonly DateTimeOffset Monday0600Utc = DateTimeOffset.Parse("2026-06-08T06:00:00Z", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Without_a_model_each_entry_reads_the_digest_line_which_is_the_short_summary_thesis()
    {
        await using var bed = await DigestTestBed.StartAsync(Monday0600Utc);
        var id = await bed.AddArticleAsync("Ports reopen after the strike", "The government should settle with the dockers before winter.");
        var article = await bed.Articles.GetAsync(id, CancellationToken.None);

        var digest = await bed.Composer.ComposeAsync(null, [], Monday0600Utc.AddDays(-1), Monday0600Utc.AddMinutes(1), CancellationToken.None);

        var entry = Assert.Single(Assert.Single(digest.Pages).Entries);
        Assert.Equal(await bed.LineWriter.WriteAsync(article!, CancellationToken.None), entry.Thesis);
        Assert.Equal(ExtractiveSummarizer.Summarize(article!, SummaryLength.Short).Thesis.Text, entry.Thesis);
    }
}
