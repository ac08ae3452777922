using Briefing.Articles.Extraction;

namespace Briefing.Tests.Articles;

/// <summary>A page without any title is named after its first paragraph, cut by the one truncator in Text.</summary>
public sealed class FallbackTitleTests
{
    [Fact]
    public void A_title_cut_from_a_paragraph_of_emoji_keeps_every_emoji_whole()
    {
        // "AB" puts each emoji's first half on an even index, so a hard cut after 117 characters (the old "..." cut)
        // ended on a lone high surrogate.
        var opening = "AB" + string.Concat(Enumerable.Repeat("😀", 80)) + " opens this piece about harbour tolls and how the city should set them.";
        var html = $"""
            <html><head></head><body><article>
            <p>{opening}</p>
            <p>The toll should rise in summer, when the harbour is full, and fall in winter, when ferries run half empty.</p>
            <p>Critics say a seasonal toll confuses visitors. However, the trial in the north harbour showed no drop in visits.</p>
            </article></body></html>
            """;

        var draft = new HtmlArticleExtractor().Extract(html, new Uri("https://harbour-review.example/tolls"), "tolls", "url");

        Assert.StartsWith("AB😀", draft.Title, StringComparison.Ordinal);
        Assert.EndsWith("…", draft.Title, StringComparison.Ordinal);
        Assert.InRange(draft.Title.Length, 100, 120);
        Assert.DoesNotContain(draft.Title.Select((c, i) => (c, i)), pair =>
            char.IsHighSurrogate(pair.c) && (pair.i + 1 >= draft.Title.Length || !char.IsLowSurrogate(draft.Title[pair.i + 1])));
    }
}
