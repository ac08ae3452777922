using Briefing.Articles;
using Briefing.Storage;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Library;

/// <summary>Text no source should be able to use to break a save: control characters and paragraphs past the schema's limit.</summary>
public sealed class UnsafeTextStorageTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Control_characters_are_removed_from_paragraphs_and_metadata_before_they_reach_the_database(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var draft = ArticleDrafts.Harbour() with
        {
            Title = "Harbour\0 dredging\u0007 plan",
            Authors = ["Mara\0 Ellison", "\u0001"],
            SiteName = "Example\u001b Review",
            Paragraphs = ["The port\0 wants a deeper channel.\u0085", "Broken \ud800half and a whole 😀 face.", "\0\u0002"],
        };

        var saved = await store.SaveAsync(draft, None);
        var article = await store.GetAsync(saved.ArticleId, None);

        Assert.NotNull(article);
        Assert.Equal("Harbour dredging plan", article.Title);
        Assert.Equal(["Mara Ellison"], article.Authors);
        Assert.Equal("Example Review", article.SiteName);
        Assert.Equal(["The port wants a deeper channel.", "Broken half and a whole 😀 face."], article.Paragraphs);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_paragraph_past_the_schema_limit_is_stored_as_several_at_sentence_ends(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        // 3,000 numbered sentences, about 150,000 characters in one paragraph: over the 100,000 the schema allows.
        var sentences = Enumerable.Range(1, 3000).Select(i => $"Sentence {i} of the very long transcript says nothing new.").ToList();
        var huge = string.Join(' ', sentences);
        Assert.True(huge.Length > 100_000);

        var saved = await store.SaveAsync(ArticleDrafts.Harbour() with { Paragraphs = ["A short opening paragraph.", huge] }, None);
        var article = await store.GetAsync(saved.ArticleId, None);

        Assert.NotNull(article);
        Assert.Equal("A short opening paragraph.", article.Paragraphs[0]);
        var pieces = article.Paragraphs.Skip(1).ToList();
        Assert.True(pieces.Count >= 8, $"expected the long paragraph in several pieces, got {pieces.Count}");
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, 20_000));
        Assert.All(pieces, p => Assert.EndsWith("says nothing new.", p, StringComparison.Ordinal));
        Assert.Equal(huge, string.Join(' ', pieces));
        Assert.Equal(ArticleText.ContentHash(["A short opening paragraph.", huge]), article.ContentHash);
    }
}
