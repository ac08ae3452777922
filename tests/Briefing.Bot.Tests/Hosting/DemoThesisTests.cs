using Briefing.Storage;
using Briefing.Summaries;

namespace Briefing.Bot.Tests.Hosting;

/// <summary>
/// Each demo article's thesis is its author's claim, as a whole sentence or a clause that stands alone: not the news
/// hook an opinion piece opens with, not a clipped slogan. The digest's one line is the same sentence.
/// </summary>
public sealed class DemoThesisTests
{
    public static TheoryData<string, string> Theses => new()
    {
        // Opens on the parliament's vote (a news hook); the claim keeps its reason, never just "the tariff should pass".
        { "carbon-border-tariff", "the tariff should pass, because without it the carbon price will not survive the next downturn." },
        { "chip-subsidies", "the programme should be given a fixed end date and published targets" },
        // Opens on the agency's published results (a news hook); the claim is the second paragraph's, both halves.
        { "four-day-week", "The results suggest that a shorter week is possible in some public services, but they do not show that it should be rolled out everywhere." },
        { "municipal-broadband", "ownership of the ducts and fibre is what breaks a monopoly, not the town acting as an internet provider." },
        { "north-korea-statement", "North Korea is playing out the clock, waiting for a negotiating partner and a price it prefers" },
        { "water-rights-drought", "drought allocation should be based on measured use, not on the date a licence was signed." },
    };

    [Theory]
    [MemberData(nameof(Theses))]
    public async Task The_thesis_is_the_authors_claim_at_every_length_and_in_the_digest(string slug, string expected)
    {
        await using var bot = await BotTestHost.StartAsync();
        var store = bot.Services.GetRequiredService<IArticleStore>();
        var listed = (await store.ListAsync(null, 100, CancellationToken.None)).Single(a => a.Url.EndsWith("/" + slug, StringComparison.Ordinal));
        var article = (await store.GetAsync(listed.Id, CancellationToken.None))!;
        var summarizer = bot.Services.GetRequiredService<ISummarizer>();

        foreach (var length in Enum.GetValues<SummaryLength>())
        {
            var summary = await summarizer.SummarizeAsync(article, length, CancellationToken.None);
            Assert.Contains(expected, summary.Thesis.Quote, StringComparison.Ordinal);
        }
        var standard = await summarizer.SummarizeAsync(article, SummaryLength.Standard, CancellationToken.None);
        var line = await bot.Services.GetRequiredService<IDigestLineWriter>().WriteAsync(article, CancellationToken.None);
        Assert.Equal(standard.Thesis.Text, line);
    }
}
