using Briefing.Articles;
using Briefing.Storage;
using Briefing.Tests.Infrastructure;
using Dapper;

namespace Briefing.Tests.Storage;

public sealed class ArticleStoreTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Saves_and_reads_back_every_field_with_paragraphs_in_order(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var draft = ArticleDrafts.Harbour("HTTPS://Example.org:443/essays/harbour/?utm_source=x#top", guildId: 1234567890123456789);

        var saved = await store.SaveAsync(draft, None);
        var article = await store.GetAsync(saved.ArticleId, None);

        Assert.Equal(ArticleSaveOutcome.Inserted, saved.Outcome);
        Assert.NotNull(article);
        Assert.Equal("https://example.org/essays/harbour", article.Url);
        Assert.Equal(draft.Title, article.Title);
        Assert.Equal(["Mara Ellison"], article.Authors);
        Assert.Equal("Example Review", article.SiteName);
        Assert.Equal(draft.PublishedAt, article.PublishedAt);
        Assert.Equal(db.Time.GetUtcNow(), article.FetchedAt);
        Assert.Equal("en", article.Language);
        Assert.Equal(draft.Paragraphs, article.Paragraphs);
        Assert.Equal(ArticleText.ContentHash(draft.Paragraphs), article.ContentHash);
        Assert.Equal(1234567890123456789UL, article.GuildId);
        Assert.Equal("url", article.Origin);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_batch_saves_in_order_and_dedupes_within_itself_and_against_the_library(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var existing = await store.SaveAsync(ArticleDrafts.Orchards(), None);

        var results = await store.SaveManyAsync(
            [
                ArticleDrafts.Harbour(),
                ArticleDrafts.Numbered(1),
                ArticleDrafts.Harbour("https://mirror.example.com/harbour"),
                ArticleDrafts.Orchards(),
            ],
            None);

        Assert.Equal([ArticleSaveOutcome.Inserted, ArticleSaveOutcome.Inserted, ArticleSaveOutcome.Unchanged, ArticleSaveOutcome.Unchanged], results.Select(r => r.Outcome));
        Assert.Equal(results[0].ArticleId, results[2].ArticleId);
        Assert.Equal(existing.ArticleId, results[3].ArticleId);
        Assert.Equal(3, await store.CountAsync(None));
        Assert.Equal([results[0].ArticleId], (await store.SearchAsync("dredging silt", null, 10, None)).Select(h => h.ArticleId));
        Assert.Equal(ArticleDrafts.Numbered(1).Paragraphs, (await store.GetAsync(results[1].ArticleId, None))!.Paragraphs);
        Assert.Empty(await store.SaveManyAsync([], None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Url_variants_of_one_page_are_one_article(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var first = await store.SaveAsync(ArticleDrafts.Harbour("https://example.org/essays/harbour"), None);
        string[] variants =
        [
            "https://example.org/essays/harbour?utm_source=newsletter&utm_medium=email",
            "https://example.org/essays/harbour?fbclid=IwAR0abc",
            "https://example.org/essays/harbour#comments",
            "HTTPS://EXAMPLE.ORG/essays/harbour/",
            "https://example.org:443/essays/harbour?gclid=1&mc_cid=2&mc_eid=3&ref=home",
        ];

        foreach (var url in variants)
        {
            var again = await store.SaveAsync(ArticleDrafts.Harbour(url) with { Paragraphs = [.. ArticleDrafts.Harbour().Paragraphs, $"Update seen at {url}."] }, None);
            Assert.Equal(first.ArticleId, again.ArticleId);
            Assert.Equal(ArticleSaveOutcome.Updated, again.Outcome);
        }

        Assert.Equal(1, await store.CountAsync(None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task The_same_text_at_another_url_or_in_other_whitespace_is_the_same_article(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var original = ArticleDrafts.Orchards();
        var first = await store.SaveAsync(original, None);

        var mirror = await store.SaveAsync(original with { Url = "https://mirror.example.com/orchards-north" }, None);
        var respaced = await store.SaveAsync(original with
        {
            Url = "https://mirror.example.com/copy-2",
            Paragraphs = ["  Growers in the valley  have planted apricots\nwhere only hardy apples grew a generation ago. ", "", original.Paragraphs[1]],
        }, None);

        Assert.Equal(new ArticleSaveResult(first.ArticleId, ArticleSaveOutcome.Unchanged), mirror);
        Assert.Equal(new ArticleSaveResult(first.ArticleId, ArticleSaveOutcome.Unchanged), respaced);
        Assert.Equal(1, await store.CountAsync(None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task New_text_at_a_known_url_replaces_the_text_and_the_search_index(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var first = await store.SaveAsync(ArticleDrafts.Harbour(), None);
        db.Time.Advance(TimeSpan.FromHours(3));

        var revised = ArticleDrafts.Harbour() with { Title = "The harbour plan, revised", Paragraphs = ["The authority withdrew the dredging plan after the lighthouse survey."] };
        var second = await store.SaveAsync(revised, None);
        var article = await store.GetAsync(first.ArticleId, None);

        Assert.Equal(new ArticleSaveResult(first.ArticleId, ArticleSaveOutcome.Updated), second);
        Assert.Equal("The harbour plan, revised", article!.Title);
        Assert.Equal(revised.Paragraphs, article.Paragraphs);
        Assert.Equal(ArticleText.ContentHash(revised.Paragraphs), article.ContentHash);
        Assert.Single(await store.SearchAsync("lighthouse", null, 10, None));
        Assert.Empty(await store.SearchAsync("silt", null, 10, None));
        Assert.Equal(1, await store.CountAsync(None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_save_that_fails_midway_leaves_the_library_unchanged(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var kept = await store.SaveAsync(ArticleDrafts.Harbour(), None);
        // The store splits and cleans whatever it is given, so the failure comes from a trigger on the database side:
        // the third paragraph is refused after the article row and two paragraphs were written.
        await RefuseParagraphAsync(db, "A poisoned third paragraph.");
        string[] oversized = ["A first paragraph that is fine.", "A second one, also fine.", "A poisoned third paragraph."];

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => store.SaveAsync(ArticleDrafts.Orchards() with { Paragraphs = oversized }, None));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => store.SaveAsync(ArticleDrafts.Harbour() with { Paragraphs = oversized }, None));

        Assert.Equal(1, await store.CountAsync(None));
        var article = await store.GetAsync(kept.ArticleId, None);
        Assert.Equal(ArticleDrafts.Harbour().Paragraphs, article!.Paragraphs);
        Assert.Empty(await store.SearchAsync("fine", null, 10, None));
        Assert.Single(await store.SearchAsync("dredging", null, 10, None));
    }

    private static async Task RefuseParagraphAsync(TestDatabase db, string text)
    {
        await using var connection = await db.Get<IDbConnectionFactory>().OpenAsync(None);
        var sql = db.Provider == StorageProviders.Sqlite
            ? $"CREATE TRIGGER refuse_paragraph BEFORE INSERT ON article_paragraphs WHEN NEW.text = '{text}' BEGIN SELECT RAISE(ABORT, 'refused by test'); END;"
            : $"""
                CREATE FUNCTION refuse_paragraph() RETURNS trigger AS $$
                BEGIN IF NEW.text = '{text}' THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
                CREATE TRIGGER refuse_paragraph BEFORE INSERT ON article_paragraphs FOR EACH ROW EXECUTE FUNCTION refuse_paragraph();
                """;
        await connection.ExecuteAsync(sql);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Concurrent_saves_of_one_article_from_two_instances_store_it_once(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var instances = new[] { db.Get<IArticleStore>(), db.CreateServices().GetRequiredService<IArticleStore>() };

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => instances[i % 2].SaveAsync(ArticleDrafts.Orchards(), None)));

        Assert.Single(results, r => r.Outcome == ArticleSaveOutcome.Inserted);
        Assert.Single(results.Select(r => r.ArticleId).Distinct());
        Assert.Equal(1, await instances[0].CountAsync(None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_draft_without_title_or_text_is_refused_with_one_line(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();

        var noTitle = await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(ArticleDrafts.Harbour() with { Title = "  " }, None));
        var noText = await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(ArticleDrafts.Harbour() with { Paragraphs = [" ", "\n"] }, None));

        Assert.Contains("no title", noTitle.Message);
        Assert.Contains("no text", noText.Message);
        Assert.Equal(0, await store.CountAsync(None));
    }
}
