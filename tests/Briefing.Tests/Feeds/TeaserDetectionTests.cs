using Briefing.Feeds;
using Briefing.Ingestion;

namespace Briefing.Tests.Feeds;

public sealed class TeaserDetectionTests
{
    private static readonly string LongParagraph = string.Join(' ', Enumerable.Repeat("The harbour board met again and deferred the decision.", 8));

    [Fact]
    public void A_short_summary_is_a_teaser() =>
        Assert.True(FeedItemIngestor.IsTeaser(["Why the last sailing of the night decides who can live on the island."]));

    [Theory]
    [InlineData("Read more")]
    [InlineData("Continue reading \u2192")]
    [InlineData("and that is where the money went\u2026")]
    [InlineData("and that is where the money went [...]")]
    public void Text_ending_in_a_read_more_marker_is_a_teaser(string ending) =>
        Assert.True(FeedItemIngestor.IsTeaser([LongParagraph, LongParagraph + " " + ending]));

    [Fact]
    public void Several_paragraphs_of_text_are_the_article_itself() =>
        Assert.False(FeedItemIngestor.IsTeaser([LongParagraph[..250], LongParagraph[..200]]));

    [Fact]
    public void One_long_paragraph_is_the_article_itself() =>
        Assert.False(FeedItemIngestor.IsTeaser([LongParagraph + " " + LongParagraph]));

    [Fact]
    public void No_text_at_all_is_a_teaser() =>
        Assert.True(FeedItemIngestor.IsTeaser([]));
}
