using Briefing.Articles;
using Briefing.Articles.Extraction;

namespace Briefing.Tests.Articles;

/// <summary>
/// A think-tank brief copied from its web page (texts invented): a box of takeaways above the byline, a pull quote
/// repeating a sentence of the text, numbered notes at the end and their markers in the text.
/// </summary>
public sealed class BriefCopiedTextTests
{
    private static ArticleDraft Extract(string text) =>
        new TextArticleExtractor().Extract(text, isMarkdown: false, new Uri(Path.Combine(Path.GetTempPath(), "brief.txt")), "brief.txt", "file");

    private const string Hook = "On Monday the port authority said it would pause the dredging contract until spring.";
    private const string Claim = "The pause is a chance to rethink the channel, not a setback: deeper berths serve ships the port no longer sees.";
    private const string Reason = "Container traffic has moved to the northern terminal, which needs no dredging at all.";

    [Fact]
    public void A_byline_and_a_role_and_date_line_below_a_takeaways_box_give_the_author_and_date_and_leave_the_text()
    {
        var draft = Extract(
            "Dredging can wait\n\nKey takeaways\n• The pause costs little.\n• The northern terminal needs no dredging.\n\n" +
            "By Ines Okafor\nSenior Fellow, Ports Program | 12 November 2026\n\n" + Hook + "\n\n" + Claim + "\n\n" + Reason);

        Assert.Equal("Dredging can wait", draft.Title);
        Assert.Equal(["Ines Okafor"], draft.Authors);
        Assert.Equal(new DateTimeOffset(2026, 11, 12, 0, 0, 0, TimeSpan.Zero), draft.PublishedAt);
        Assert.Equal(["Key takeaways", "• The pause costs little.", "• The northern terminal needs no dredging.", Hook, Claim, Reason], draft.Paragraphs);
    }

    [Fact]
    public void Notes_under_their_heading_and_the_markers_pointing_at_them_are_left_out()
    {
        var draft = Extract(
            "Dredging can wait\n\n" + Hook + "[1]\n\n" + Claim + "\n\n" + Reason.Replace("dredging at all.", "dredging at all.[2]", StringComparison.Ordinal) +
            "\n\nNotes\n[1] Port authority notice, 10 November 2026.\n[2] Annual traffic report, table 4.");

        Assert.Equal([Hook, Claim, Reason], draft.Paragraphs);
    }

    [Fact]
    public void A_sources_heading_over_prose_in_the_middle_is_a_section_of_the_text()
    {
        const string Prose = "Our figures come from the authority's own traffic tables, which it publishes every quarter.";

        var draft = Extract("Dredging can wait\n\n" + Claim + "\n\nSources\n\n" + Prose + "\n\n" + Reason + " The terminal opened in 2019 and has grown every year since, while the southern quay has shrunk to a ferry stop.");

        Assert.Equal(4, draft.Paragraphs.Count);
        Assert.Equal("Sources", draft.Paragraphs[1]);
        Assert.Equal(Prose, draft.Paragraphs[2]);
    }

    [Fact]
    public void Notes_listed_without_markers_at_the_end_are_left_out()
    {
        var draft = Extract("Dredging can wait\n\n" + Hook + "\n\n" + Claim + "\n\n" + Reason + "\n\nReferences\n\nPort authority notice, 10 November 2026.\n\nAnnual traffic report, table 4.");

        Assert.Equal([Hook, Claim, Reason], draft.Paragraphs);
    }

    [Theory]
    [InlineData("\"The pause is a chance to rethink the channel.\"")]     // set out in quotation marks, ending where the sentence went on
    [InlineData("Container traffic has moved to the northern terminal")]  // set out without them
    public void A_pull_quote_repeating_a_sentence_of_the_text_is_left_out(string pullQuote)
    {
        var draft = Extract("Dredging can wait\n\n" + Hook + "\n\n" + Claim + "\n\n" + pullQuote + "\n\n" + Reason);

        Assert.Equal([Hook, Claim, Reason], draft.Paragraphs);
    }

    [Fact]
    public void A_short_line_the_author_repeats_as_a_refrain_stays()
    {
        const string Refrain = "The channel can wait.";

        var draft = Extract("Dredging can wait\n\n" + Refrain + "\n\n" + Claim + " The channel can wait.\n\n" + Reason);

        Assert.Equal([Refrain, Claim + " The channel can wait.", Reason], draft.Paragraphs);
    }

    [Fact]
    public void A_text_far_longer_than_an_article_keeps_its_repeated_lines_rather_than_compare_every_pair()
    {
        var lines = Enumerable.Range(0, 3_000).Select(i => i % 2 == 0 ? $"Entry {i} of the ledger records a delivery of grain to the mill." : "records a delivery of grain to the mill");

        var draft = Extract("Mill ledger\n\n" + string.Join("\n\n", lines));

        Assert.Equal(3_000, draft.Paragraphs.Count);
    }
}
