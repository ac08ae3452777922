using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

/// <summary>A long piece argues in sections: its points come from the different paragraphs that argue.</summary>
public sealed class SectionSpreadTests
{
    [Fact]
    public async Task Points_of_a_long_argument_come_from_different_paragraphs()
    {
        var essay = ExtractiveFixtures.Make(
            "The city should keep its night buses",
            "en",
            "The transport board will decide next week whether to cut the night bus network to save money.",
            "I believe the city should keep every night bus route, because the people who ride them have no other way home.",
            "Night buses carry nurses, cleaners and kitchen staff home after their shifts end. Moreover, night buses are the only way home for night workers once the trains stop. For example, night workers without night buses would pay for taxis home every night. Also, night workers would turn down late shifts without night buses.",
            "The savings from cutting night buses are smaller than the board claims, because the depots are paid for anyway.",
            "Night buses also keep people safe, since nobody has to walk empty streets at three in the morning.",
            "Restaurants and theatres depend on night buses to bring their late staff and customers home.",
            "The board should keep the night network and look for savings elsewhere.");

        var summary = await new ExtractiveSummarizer().SummarizeAsync(essay, SummaryLength.Standard, CancellationToken.None);

        // Four points: the paragraph with four reasons gives at most two of them.
        var paragraphs = summary.Points.Select(p => p.Paragraph).ToList();
        Assert.True(paragraphs.Distinct().Count() >= 3, "points from paragraphs " + string.Join(", ", paragraphs));
    }
}
