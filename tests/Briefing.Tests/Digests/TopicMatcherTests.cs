using Briefing.Articles;
using Briefing.Digests;

namespace Briefing.Tests.Digests;

public sealed class TopicMatcherTests
{
    private static readonly Article Korea = new()
    {
        Id = 1,
        Url = "https://example.org/korea",
        Title = "Pyongyang plays for time",
        Paragraphs = ["The statement from North Korea left the door ajar.", "Talks (if any) would come later."],
        FetchedAt = DateTimeOffset.UnixEpoch,
        ContentHash = "h",
        Origin = "url",
    };

    [Theory]
    [InlineData("north korea", true)]
    [InlineData("NORTH   KOREA", true)]
    [InlineData("pyongyang", true)]
    [InlineData("talks", true)]
    [InlineData("korean", false)]
    [InlineData("orth", false)]
    [InlineData("(if", true)]
    [InlineData("trade", false)]
    public void A_topic_matches_whole_words_in_title_or_text(string topic, bool expected)
    {
        Assert.Equal(expected, TopicMatcher.Matches(Korea, TopicMatcher.Parse(topic)));
    }

    [Fact]
    public void No_topics_match_everything_and_any_topic_is_enough()
    {
        Assert.True(TopicMatcher.Matches(Korea, []));
        Assert.True(TopicMatcher.Matches(Korea, TopicMatcher.Parse("trade, north korea")));
    }

    [Fact]
    public void Parse_splits_trims_lowercases_and_dedupes()
    {
        Assert.Equal(["trade", "north korea"], TopicMatcher.Parse(" Trade ,north  Korea,, trade "));
        Assert.Empty(TopicMatcher.Parse("  "));
    }
}
