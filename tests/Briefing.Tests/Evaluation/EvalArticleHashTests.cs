using Briefing.Articles;
using Briefing.Evaluation;
using Briefing.Storage;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Evaluation;

/// <summary>The eval tool fingerprints a text as the library does, so both share summary cache entries.</summary>
public sealed class EvalArticleHashTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [SkippableFact]
    public async Task An_eval_text_hashes_like_the_same_text_stored_in_the_library()
    {
        const string text = "The bonus will fail,  because shippers leave rail for reliability.\n\nCritics say reliability takes years to fix.\n";
        await using var db = await fixture.CreateAsync(StorageProviders.Sqlite);
        var evaluated = EvalArticles.FromText(1, "Rail", text);

        var saved = await db.Get<IArticleStore>().SaveAsync(new ArticleDraft
        {
            Url = "https://example.org/rail",
            Title = "Rail",
            Paragraphs = EvalArticles.Paragraphs(text),
            Origin = "file",
        }, CancellationToken.None);
        var stored = await db.Get<IArticleStore>().GetAsync(saved.ArticleId, CancellationToken.None);

        Assert.Equal(stored!.ContentHash, evaluated.ContentHash);
    }
}
