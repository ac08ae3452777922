using Briefing.Articles;
using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Summaries.Extractive;

/// <summary>
/// In a piece written in sections the paragraph that states the thesis frames it (the scene, the question, the
/// stakes); the reasons are argued in the other sections, one move to a section. Points come from those sections.
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
}
