using Briefing.Storage;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Library;

/// <summary>Stop words neither match nor get highlighted, and odd queries give an empty list, never an exception.</summary>
public sealed class SearchStopWordTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Queries with no word search looks for: each must answer with no hits.</summary>
    public static TheoryData<string, string> QueriesWithoutTopicWords()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in new[] { StorageProviders.Sqlite, StorageProviders.Postgres })
        {
            data.Add(provider, "the is with");
            data.Add(provider, "The, IS; with... and THE?");
            data.Add(provider, string.Concat(Enumerable.Repeat("the is with of ", 700)));
            data.Add(provider, "?!.,;:—–…“”‘’«»()[]{}");
            data.Add(provider, new string('.', 10_000));
            data.Add(provider, "\U0001F30A\U0001F4F0 \u2764\uFE0F \U0001F1FA\U0001F1F8");
            data.Add(provider, "\0\0the\0is\0");
        }

        return data;
    }

    [SkippableTheory, MemberData(nameof(QueriesWithoutTopicWords))]
    public async Task A_query_of_only_stop_words_symbols_or_emoji_finds_nothing(string provider, string query)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        await store.SaveAsync(ArticleDrafts.Harbour(), None);
        await store.SaveAsync(ArticleDrafts.Orchards(), None);

        var hits = await store.SearchAsync(query, null, 10, None);

        Assert.Empty(hits);
        Assert.False(SearchQueries.HasSearchableWords(query));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task The_any_word_fallback_ignores_stop_words(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var harbour = await store.SaveAsync(ArticleDrafts.Harbour(), None);
        await store.SaveAsync(ArticleDrafts.Orchards(), None);

        // No article holds every word, so the any-word fallback runs; "the" and "with" are in both articles
        // and must not pull in the orchard essay.
        var hits = await store.SearchAsync("the dredging with zeppelins", null, 10, None);

        Assert.Equal([harbour.ArticleId], hits.Select(h => h.ArticleId));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Snippets_bold_the_topic_words_and_never_a_stop_word(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        await store.SaveAsync(ArticleDrafts.Harbour(), None);

        var hit = Assert.Single(await store.SearchAsync("the silt and the river towns", null, 10, None));

        Assert.Contains("**silt**", hit.Snippet);
        Assert.DoesNotContain("**the**", hit.Snippet, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("**and**", hit.Snippet, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Other_scripts_and_nul_bytes_around_a_word_answer_without_error(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var harbour = await store.SaveAsync(ArticleDrafts.Harbour(), None);

        var cyrillic = await store.SearchAsync("дипломатия Пхеньяна", null, 10, None);
        var chinese = await store.SearchAsync("朝鲜的外交政策", null, 10, None);
        var arabic = await store.SearchAsync("الدبلوماسية", null, 10, None);
        var withNul = await store.SearchAsync("\0silt\0 港口", null, 10, None);

        Assert.Empty(cyrillic);
        Assert.Empty(chinese);
        Assert.Empty(arabic);
        Assert.Equal([harbour.ArticleId], withNul.Select(h => h.ArticleId));
    }
}
