using Briefing.Articles;
using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

/// <summary>
/// A long piece that explains in sections makes a distinct move in each: at Standard it may get up to six points,
/// the ones past the usual four only when they are worth reading. A piece that argues in sections keeps four.
/// </summary>
public sealed class SectionedPointsTests
{
    // An explainer in eight sections with no stance markers: each section adds one step of the process.
    private static readonly Article WaterExplainer = ExtractiveFixtures.Make(
        "How the valley gets its drinking water",
        "en",
        "Drinking water in the valley comes from two reservoirs in the hills above the town.",
        "Rain on the moors drains into the upper reservoir, where the water stands for several weeks. Sand and silt settle to the bottom of the reservoir while the water waits.",
        "From the reservoir the water flows through a tunnel to the treatment works at the foot of the valley. The tunnel was cut through the rock in the nineteenth century.",
        "At the treatment works the water passes through beds of fine sand that trap the smaller particles. Each sand bed is washed clean with air and water every two days.",
        "After the sand beds the water is treated with a small dose of chlorine to kill the bacteria that remain. Inspectors test samples of the treated water every hour.",
        "Pumps then lift the treated water into service reservoirs on the hillsides above the houses. Gravity carries the water from those service reservoirs down into the town mains.",
        "Engineers replace about two kilometres of the old iron mains with plastic pipe every year. Leaks in the old iron mains lose a fifth of the treated water before it reaches a tap.",
        "In dry summers the lower reservoir tops up the upper one through a pumped pipeline. The pipeline runs only a few weeks a year.");

    // An opinion piece in sections: the author's claim, six reasons and a closing call.
    private static readonly Article HedgerowOpinion = ExtractiveFixtures.Make(
        "Keep the hedgerows",
        "en",
        "I believe every farm in the county should keep its hedgerows, because they do more for the fields than any fence.",
        "First, hedgerows shelter the bees that pollinate the crops of a farm. A farm that keeps its hedgerows needs fewer hired hives.",
        "Second, hedgerows slow the rain that runs off a field after a storm. The lanes below a farm with hedgerows flood less often.",
        "Moreover, hedgerows hold the soil of a field in place when spring winds blow. A farm without hedgerows loses its best soil to the wind.",
        "In addition, hedgerows give cattle shade in summer and shelter in winter. Cattle kept out of the wind need less feed.",
        "Studies show that hedgerows store carbon in their roots and in the soil. A mile of hedgerow stores more carbon than a small wood.",
        "Finally, hedgerows cost a farm less to keep than a fence costs to replace. A fence rots in twenty years, while a hedgerow regrows after every cut.",
        "For these reasons the county should pay farmers to keep their hedgerows rather than grub them out.");

    [Fact]
    public async Task An_explainer_in_sections_gets_more_than_four_points_at_standard()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(WaterExplainer, SummaryLength.Standard, CancellationToken.None);

        Assert.InRange(summary.Points.Count, 5, 6);
        Assert.True(summary.Points.Select(p => p.Paragraph).Distinct().Count() >= 5, "points from paragraphs " + string.Join(", ", summary.Points.Select(p => p.Paragraph)));
    }

    [Fact]
    public async Task An_argument_in_sections_keeps_four_points_and_short_keeps_its_three()
    {
        var argued = await new ExtractiveSummarizer().SummarizeAsync(HedgerowOpinion, SummaryLength.Standard, CancellationToken.None);
        var brief = await new ExtractiveSummarizer().SummarizeAsync(WaterExplainer, SummaryLength.Short, CancellationToken.None);

        Assert.Equal(4, argued.Points.Count);
        Assert.InRange(brief.Points.Count, SummaryShape.MinPoints, 3);
    }
}
