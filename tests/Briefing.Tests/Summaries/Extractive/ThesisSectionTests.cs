using Briefing.Articles;
using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

/// <summary>
/// In a piece written in sections the paragraph that states the thesis frames it (the scene, the question, the
/// stakes); the reasons are argued in the other sections. Points come from those sections, and no point restates another.
/// </summary>
public sealed class ThesisSectionTests
{
    // An op-ed in seven paragraphs: the claim and its framing in the first, one reason in each of the next five
    // (the second of them with a supporting detail), and a closing call.
    private static readonly Article SundayLibrary = ExtractiveFixtures.Make(
        "The library should open on Sundays",
        "en",
        "The county library closes every Sunday, the one day most families in the county are free to visit the library together. I believe the county library should open on Sundays. A library open on Sundays would be a library for whole families. The question of Sunday opening at the library comes up at every council meeting.",
        "Parents who work during the week can only bring their children to the library at weekends, and on Saturdays every table is taken.",
        "Sunday opening would cost the county less than the council fears, because volunteers already run the reading club and the building is heated on Sundays anyway. The volunteers have offered to staff the desk on Sunday afternoons as well.",
        "Students need a quiet room to revise before Monday exams, and for many of them the library is the only quiet room they have.",
        "Towns nearby that open their libraries on Sundays lend more books to children than they did before.",
        "Sunday visitors would also keep the cafes and shops on the square busy on the quietest day of their week.",
        "The council should vote for Sunday opening before the summer holidays.");

    [Fact]
    public async Task Points_come_one_to_a_section_and_not_from_the_section_that_states_the_thesis()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(SundayLibrary, SummaryLength.Standard, CancellationToken.None);

        var paragraphs = summary.Points.Select(p => p.Paragraph).ToList();
        Assert.Equal(1, summary.Thesis.Paragraph);
        Assert.StartsWith("the county library should open on Sundays", summary.Thesis.Quote, StringComparison.Ordinal);
        Assert.NotEmpty(paragraphs);
        Assert.DoesNotContain(1, paragraphs);
        Assert.Equal(paragraphs.Count, paragraphs.Distinct().Count());
    }

    // A piece in seven paragraphs whose claim closes it; the second paragraph makes one move twice, in two sentences
    // that share most of their words, the others one move each.
    private static readonly Article CycleLanes = ExtractiveFixtures.Make(
        "Protected cycle lanes for the high street",
        "en",
        "The council has published three designs for the high street, and only one of them separates bicycles from traffic.",
        "Protected cycle lanes make the high street safer for children who cycle to school. Children who cycle to school on the high street are safer when protected cycle lanes keep the traffic away.",
        "Shops on streets with protected lanes sell more, because people on bicycles stop more often than drivers do.",
        "Buses run faster when bicycles no longer weave between them at every stop.",
        "The protected design costs less to maintain than the painted one, since kerbs do not wear away like paint.",
        "Older residents say they would cycle to the market if they did not have to share the road with lorries.",
        "The council should choose the design with protected cycle lanes for the high street.");

    [Fact]
    public async Task A_sentence_that_restates_a_point_is_not_a_second_point()
    {
        var summary = await new ExtractiveSummarizer().SummarizeAsync(CycleLanes, SummaryLength.Standard, CancellationToken.None);

        var paragraphs = summary.Points.Select(p => p.Paragraph).ToList();
        Assert.Equal(7, summary.Thesis.Paragraph);
        Assert.Single(paragraphs, p => p == 2);
        Assert.True(paragraphs.Count >= 4, "points from paragraphs " + string.Join(", ", paragraphs));
    }
}
