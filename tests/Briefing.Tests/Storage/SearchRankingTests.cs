using Briefing.Articles;
using Briefing.Storage;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Storage;

/// <summary>
/// Which matches come first when many articles hold the words. PostgreSQL ranks every match by its title and lead and
/// only the best hundred or so by the whole text (0009_search_lead_rank.sql), taking first the matches whose lead holds
/// a word (0010_search_index_with_lead.sql); these pin what that must keep.
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

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task With_more_matches_than_are_ranked_in_full_a_lead_holding_one_of_the_words_is_still_ranked(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        // 130 earlier matches hold both words only past their leads; on PostgreSQL a lead holding one word of an
        // all-words query got the same lead rank as one holding none, so this later article was not a candidate.
        await store.SaveManyAsync(Enumerable.Range(1, 130)
            .Select(n => Note(n, Lead(n), $"The culvert under the sluice was checked on day {n}."))
            .ToList(), None);
        var sluice = await Save(store, Note(300, "The sluice gate jammed after the storm.", Lead(300),
            "The culvert behind the sluice silted up, the sluice culvert was dug out, and the sluice and culvert were relined."));

        var page = await store.SearchAsync("culvert sluice", null, 5, None);

        Assert.Equal(5, page.Count);
        Assert.Equal(sluice, page[0].ArticleId);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Among_many_matches_a_guild_reads_its_own_copy_of_the_best_global_match_and_the_page_still_fills(string provider)
    {
        const ulong guild = 555555555555555555;
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        await store.SaveManyAsync(Enumerable.Range(1, 130)
            .Select(n => Note(n, Lead(n), $"The culvert under the lane was checked on day {n}."))
            .ToList(), None);
        var global = await Save(store, ArticleBuilder.Titled("Culvert collapse on the mill lane", "The culvert gave way under a tractor.")
            .At("https://example.net/notes/collapse").Draft());
        // The guild changed the text, so it holds its own copy of the same link; the copy ranks below the original.
        var copy = await Save(store, ArticleBuilder.Titled("Lane closure by the mill", Lead(400), "A culvert gave way under a tractor.")
            .At("https://example.net/notes/collapse").InGuild(guild).Draft());

        var inGuild = await store.SearchAsync("culvert", guild, 5, None);
        var everywhere = await store.SearchAsync("culvert", null, 5, None);

        Assert.Equal(5, inGuild.Count);
        Assert.DoesNotContain(global, inGuild.Select(h => h.ArticleId));
        Assert.Contains(copy, (await store.SearchAsync("culvert", guild, 200, None)).Select(h => h.ArticleId));
        Assert.Equal(global, everywhere[0].ArticleId);
        Assert.DoesNotContain(copy, everywhere.Select(h => h.ArticleId));
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
