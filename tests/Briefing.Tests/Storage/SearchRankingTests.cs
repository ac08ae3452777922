using Briefing.Articles;
using Briefing.Storage;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Storage;

/// <summary>
/// Which matches come first when many articles hold the words. PostgreSQL ranks every match by its title and lead and
/// only the best hundred or so by the whole text (0009_search_lead_rank.sql); these pin what that must keep.
/// </summary>
public sealed class SearchRankingTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    // Longer than the 300 characters of body that the lead vector holds, and without the searched word.
    private static string Lead(int n) => string.Concat(Enumerable.Repeat(
        $"Survey party {n} walked the lane past the mill, logging hedges, gates and the state of the verges. ", 8));

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task With_more_matches_than_are_ranked_in_full_the_words_in_title_and_lead_come_first(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var passing = Enumerable.Range(1, 130)
            .Select(n => Note(n, Lead(n), $"The culvert under the lane was checked on day {n}."))
            .ToList();
        await store.SaveManyAsync(passing, None);
        var titled = await Save(store, ArticleBuilder.Titled("Culvert repairs on the mill lane", "Crews closed the road for a week.", Lead(200))
            .At("https://example.net/notes/titled").Draft());
        var leading = await Save(store, Note(201, "The culvert failed, the culvert flooded the lane, and a new culvert is due.", Lead(201)));

        var page = await store.SearchAsync("culvert", null, 5, None);

        Assert.Equal(5, page.Count);
        Assert.Equal([titled, leading], page.Take(2).Select(h => h.ArticleId).Order());
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task With_few_matches_a_word_repeated_beyond_the_lead_still_ranks_first(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        await store.SaveManyAsync(Enumerable.Range(1, 20).Select(n => Note(n, Lead(n), $"The culvert under the lane was checked on day {n}.")).ToList(), None);
        var repeated = await Save(store, Note(100, Lead(100),
            "The culvert silted up, so the culvert was dug out; the culvert grate was replaced and the culvert mouth widened."));

        var page = await store.SearchAsync("culvert", null, 5, None);

        Assert.Equal(repeated, page[0].ArticleId);
    }

    [SkippableFact]
    public async Task On_postgres_past_the_count_cap_the_word_more_articles_hold_is_left_out_first()
    {
        await using var db = await fixture.CreateAsync(StorageProviders.Postgres);
        var store = db.Get<IArticleStore>();
        // Both common words pass the 200-holder count cap; ANALYZE's statistics tell that "canal" is the commoner.
        await store.SaveManyAsync(Enumerable.Range(1, 400).Select(n => Note(n, $"The canal basin was dredged in spell {n}.")).ToList(), None);
        await store.SaveManyAsync(Enumerable.Range(401, 220).Select(n => Note(n, $"The lock keeper logged boat {n}.")).ToList(), None);
        var weirAndLock = await Save(store, Note(700, "The weir beside the lock was rebuilt."));
        await Save(store, Note(701, "The weir beside the canal was rebuilt."));
        await using (var connection = await db.Get<IDbConnectionFactory>().OpenAsync(None))
        {
            await using var analyze = connection.CreateCommand();
            analyze.CommandText = "ANALYZE articles";
            await analyze.ExecuteNonQueryAsync(None);
        }

        // Typed with the commoner word first: counted only to the cap, the two would tie and keep that order.
        var first = await store.SearchAsync("canal lock weir", null, 1, None);

        Assert.Equal([weirAndLock], first.Select(h => h.ArticleId));
    }

    private static ArticleDraft Note(int n, params string[] paragraphs) =>
        ArticleDrafts.Numbered(n) with { Paragraphs = paragraphs };

    private static async Task<long> Save(IArticleStore store, ArticleDraft draft) =>
        (await store.SaveAsync(draft, None)).ArticleId;
}
