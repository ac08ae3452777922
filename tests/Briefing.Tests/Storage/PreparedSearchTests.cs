using Briefing.Articles;
using Briefing.Storage;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Storage;

/// <summary>
/// PostgreSQL runs its searches as prepared statements, which Npgsql refuses on a multiplexing data source: there the
/// same searches run unprepared.
/// </summary>
public sealed class PreparedSearchTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

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
}
