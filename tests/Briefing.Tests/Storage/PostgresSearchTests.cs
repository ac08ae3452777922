using Briefing.Articles;
using Briefing.Storage;
using Briefing.Storage.Postgres;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Storage;

/// <summary>
/// How PostgreSQL runs its searches, where that shows. It orders a fallback's words that all pass the count cap by
/// ANALYZE's statistics, which it reads once and keeps for <see cref="CommonLexemes.KeepFor"/> instead of joining them
/// into every count. It runs the searches as prepared statements, which Npgsql refuses on a multiplexing data source:
/// there the same searches run unprepared. The settings a search runs with last only as long as its command.
/// </summary>
public sealed class PostgresSearchTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableFact]
    public async Task On_postgres_the_statistics_are_read_again_only_after_they_have_been_kept_a_while()
    {
        await using var db = await fixture.CreateAsync(StorageProviders.Postgres);
        var store = db.Get<IArticleStore>();
        // Both common words pass the 200-holder count cap; "canal" is the commoner at first.
        await store.SaveManyAsync(Enumerable.Range(1, 400).Select(n => Note(n, $"The canal basin was dredged in spell {n}.")).ToList(), None);
        await store.SaveManyAsync(Enumerable.Range(401, 220).Select(n => Note(n, $"The lock keeper logged boat {n}.")).ToList(), None);
        var weirAndLock = (await store.SaveAsync(Note(700, "The weir beside the lock was rebuilt."), None)).ArticleId;
        var weirAndCanal = (await store.SaveAsync(Note(701, "The weir beside the canal was rebuilt."), None)).ArticleId;
        await AnalyzeAsync(db);
        var before = await store.SearchAsync("canal lock weir", null, 1, None);

        // Now "lock" is the commoner, and ANALYZE says so at once; the statistics read for the first search still serve.
        await store.SaveManyAsync(Enumerable.Range(1001, 400).Select(n => Note(n, $"The lock gates were painted in week {n}.")).ToList(), None);
        await AnalyzeAsync(db);
        var kept = await store.SearchAsync("canal lock weir", null, 1, None);
        db.Time.Advance(CommonLexemes.KeepFor);
        var readAgain = await store.SearchAsync("canal lock weir", null, 1, None);

        Assert.Equal([weirAndLock], before.Select(h => h.ArticleId));
        Assert.Equal([weirAndLock], kept.Select(h => h.ArticleId));
        Assert.Equal([weirAndCanal], readAgain.Select(h => h.ArticleId));
    }

    [SkippableFact]
    public async Task On_postgres_a_multiplexing_connection_string_searches_all_words_and_the_fallback_alike()
    {
        await using var db = await fixture.CreateAsync(StorageProviders.Postgres);
        var harbour = await db.Get<IArticleStore>().SaveAsync(ArticleDrafts.Harbour(), None);
        var multiplexing = db.CreateServices(new Dictionary<string, string?>
        {
            [$"{StorageOptions.Section}:ConnectionString"] = db.ConnectionString + ";Multiplexing=true",
        }).GetRequiredService<IArticleStore>();

        foreach (var store in new[] { db.Get<IArticleStore>(), multiplexing })
        {
            // Twice each: the second search finds its statements prepared (or not) on the pooled connection.
            for (var round = 0; round < 2; round++)
            {
                var allWords = await store.SearchAsync("dredging silt", null, 10, None);
                var fallback = await store.SearchAsync("dredging silt zeppelin", null, 10, None);

                Assert.Equal([harbour.ArticleId], allWords.Select(h => h.ArticleId));
                Assert.Equal([harbour.ArticleId], fallback.Select(h => h.ArticleId));
                Assert.Contains("**", fallback[0].Snippet);
            }
        }
    }

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task On_postgres_a_search_command_s_settings_hold_for_its_statement_and_end_with_it(bool prepare)
    {
        await using var db = await fixture.CreateAsync(StorageProviders.Postgres);
        await using var connection = await db.Get<IDbConnectionFactory>().OpenAsync(None);
        const string show = "SELECT current_setting('enable_seqscan') AS Value";

        var during = await PreparedQuery.ListAsync<Setting>(connection, "SELECT set_config('enable_seqscan', 'off', true);\n" + show, [], prepare, None);
        var after = await PreparedQuery.ListAsync<Setting>(connection, "SELECT 1;\n" + show, [], prepare, None);

        Assert.Equal(["off"], during.Select(s => s.Value));
        Assert.Equal(["on"], after.Select(s => s.Value));
    }

    private sealed class Setting
    {
        public string Value { get; set; } = "";
    }

    private static async Task AnalyzeAsync(TestDatabase db)
    {
        await using var connection = await db.Get<IDbConnectionFactory>().OpenAsync(None);
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE articles";
        await analyze.ExecuteNonQueryAsync(None);
    }

    private static ArticleDraft Note(int n, params string[] paragraphs) =>
        ArticleDrafts.Numbered(n) with { Paragraphs = paragraphs };
}
