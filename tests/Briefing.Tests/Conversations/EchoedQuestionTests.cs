using Briefing.Conversations;

namespace Briefing.Tests.Conversations;

/// <summary>An unanswered question is echoed back cut by Text's one truncator: on one line, emoji kept whole.</summary>
public sealed class EchoedQuestionTests
{
    [Fact]
    public void A_long_question_of_emoji_is_echoed_without_a_lone_surrogate()
    {
        // 199 letters put a hard cut after 200 characters (the old one) between the two halves of the first emoji.
        var question = new string('x', 199) + string.Concat(Enumerable.Repeat("🚢", 20));

        var text = ExtractiveQuestionAnswerer.NotAnsweredText(question, sourceCount: 1);

        var echoed = text[(text.IndexOf('“', StringComparison.Ordinal) + 1)..text.LastIndexOf('”')];
        Assert.EndsWith("…", echoed, StringComparison.Ordinal);
        Assert.InRange(echoed.Length, 100, 200);
        Assert.DoesNotContain(echoed.Select((c, i) => (c, i)), pair =>
            char.IsHighSurrogate(pair.c) && (pair.i + 1 >= echoed.Length || !char.IsLowSurrogate(echoed[pair.i + 1])));
    }

    [Fact]
    public void A_short_question_is_echoed_whole_on_one_line()
    {
        var text = ExtractiveQuestionAnswerer.NotAnsweredText("What does the toll\ncost   in winter?", sourceCount: 2);

        Assert.Equal("The articles do not say. None of their paragraphs answers “What does the toll cost in winter?”.", text);
    }
}
