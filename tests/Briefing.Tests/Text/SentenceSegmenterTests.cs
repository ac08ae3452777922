using Briefing.Text;

namespace Briefing.Tests.Text;

public sealed class SentenceSegmenterTests
{
    private static string[] Split(string text) =>
        [.. SentenceSegmenter.Segment(text).Select(span => span.Slice(text))];

    [Fact]
    public void Abbreviations_and_titles_do_not_end_sentences()
    {
        var text = "Dr. Lena Ortiz met Mr. Hale in the U.S. capital on Jan. 4, e.g. at the embassy, i.e. not at home. "
            + "She left early.";

        Assert.Equal(
            ["Dr. Lena Ortiz met Mr. Hale in the U.S. capital on Jan. 4, e.g. at the embassy, i.e. not at home.", "She left early."],
            Split(text));
    }

    [Fact]
    public void An_ambiguous_abbreviation_ends_a_sentence_before_a_typical_opener()
    {
        var text = "The firm moved its offices to the U.S. The staff followed a month later.";

        Assert.Equal(["The firm moved its offices to the U.S.", "The staff followed a month later."], Split(text));
    }

    [Fact]
    public void Initials_decimals_and_numbered_abbreviations_stay_inside_the_sentence()
    {
        var text = "J. R. Tolkien's house at No. 20 rose 3.5 per cent in value. Prices fell elsewhere.";

        Assert.Equal(["J. R. Tolkien's house at No. 20 rose 3.5 per cent in value.", "Prices fell elsewhere."], Split(text));
    }

    [Fact]
    public void The_word_no_at_the_end_of_a_sentence_still_ends_it()
    {
        Assert.Equal(["The answer was no.", "Then the vote began."], Split("The answer was no. Then the vote began."));
    }

    [Fact]
    public void Closing_quotes_and_brackets_stay_with_their_sentence()
    {
        var text = "He said: \"We will not yield.\" The crowd cheered. (Nobody left.) Later, the hall emptied.";

        Assert.Equal(
            ["He said: \"We will not yield.\"", "The crowd cheered.", "(Nobody left.)", "Later, the hall emptied."],
            Split(text));
    }

    [Fact]
    public void Question_and_exclamation_marks_end_sentences_unless_lowercase_follows()
    {
        Assert.Equal(["Is it over? no!", "It is not."], Split("Is it over? no! It is not."));
        Assert.Equal(["Why now?", "Because the money ran out."], Split("Why now? Because the money ran out."));
    }

    [Fact]
    public void Numbered_list_items_are_separate_sentences_and_keep_their_numbers()
    {
        var text = "Three reasons:\n1. Costs are rising\n2. Demand is falling\n3. Rivals are cheaper";

        Assert.Equal(["Three reasons:", "1. Costs are rising", "2. Demand is falling", "3. Rivals are cheaper"], Split(text));
    }

    [Fact]
    public void Captions_without_full_stops_are_split_at_line_breaks_and_hard_wrapped_lines_are_joined()
    {
        var text = "Flooded streets in the old town\nRescue teams at work on Monday\nthe river rose in hours";

        Assert.Equal(["Flooded streets in the old town", "Rescue teams at work on Monday\nthe river rose in hours"], Split(text));
    }

    [Fact]
    public void A_caption_running_into_the_next_sentence_is_cut_before_the_opener()
    {
        var text = "Charged: Ferris Dane, 41, of Milltown, denied two counts of fraud at the county court on Friday "
            + "A former bank clerk accused of taking savings from elderly customers told jurors he was innocent.";

        Assert.Equal(
            [
                "Charged: Ferris Dane, 41, of Milltown, denied two counts of fraud at the county court on Friday",
                "A former bank clerk accused of taking savings from elderly customers told jurors he was innocent.",
            ],
            Split(text));
    }

    [Fact]
    public void A_capitalised_name_inside_a_long_sentence_is_not_taken_for_a_new_sentence()
    {
        var text = "Inspectors visited the bakery The Golden Crust on Monday morning after several customers complained about mice in the storeroom and dirty ovens.";

        Assert.Equal([text], Split(text));
    }

    [Fact]
    public void A_full_stop_glued_to_the_next_sentence_is_a_boundary_but_domains_and_acronyms_are_not()
    {
        var text = "The hosts built a ten-point lead.Marsh scored twice for U.S.A. fans on bbc.co.uk today.";

        Assert.Equal(["The hosts built a ten-point lead.", "Marsh scored twice for U.S.A. fans on bbc.co.uk today."], Split(text));
    }

    [Fact]
    public void Spans_are_verbatim_offsets_into_the_source()
    {
        var text = "  First one.   Second one!\n\nThird \"quoted.\"  ";

        var spans = SentenceSegmenter.Segment(text);

        Assert.Equal(3, spans.Count);
        Assert.All(spans, s => Assert.Equal(s.Slice(text), text.Substring(s.Start, s.Length)));
        Assert.Equal("Third \"quoted.\"", spans[2].Slice(text));
    }

    [Fact]
    public void Text_without_any_punctuation_is_one_sentence_and_blank_text_is_none()
    {
        Assert.Equal(["a line with no full stop"], Split("a line with no full stop"));
        Assert.Empty(Split("   \n \n"));
    }

    [Fact]
    public void Ellipses_and_cjk_terminators_are_handled()
    {
        Assert.Equal(["Wait...", "Nothing happened."], Split("Wait... Nothing happened."));
        Assert.Equal(["今日は晴れ。", "明日は雨。"], Split("今日は晴れ。明日は雨。"));
    }
}
