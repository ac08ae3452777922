using Briefing.Articles;
using Briefing.Storage;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Storage;

/// <summary>
/// Snippets come from the right part of the body on both engines: PostgreSQL builds them from the one paragraph that
/// best shows the match (found through the paragraphs' vectors, 0002_search_snippets.sql), so these pin down where
/// that text comes from.
/// </summary>
public sealed class SnippetTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_match_in_a_late_paragraph_is_shown_with_its_own_words(string provider)
    {
        var hit = await OnlyHitAsync(provider, "landslide", 12, (9, "After the landslide the ferry timetable changed twice in one week."));

        Assert.Contains("**landslide**", hit.Snippet);
        Assert.Contains("ferry", hit.Snippet);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Words_of_the_query_are_shown_where_they_meet_not_where_one_stands_alone(string provider)
    {
        var hit = await OnlyHitAsync(provider, "landslide ferry", 10,
            (2, "A landslide closed the old mule track for a month."),
            (7, "Since the landslide the ferry timetable has changed twice, and the ferry now stops at the lower jetty."));

        Assert.Contains("**landslide** the **ferry**", hit.Snippet);
        Assert.DoesNotContain("mule", hit.Snippet);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_match_whose_words_stand_in_different_paragraphs_still_shows_one_of_them_highlighted(string provider)
    {
        var hit = await OnlyHitAsync(provider, "landslide ferry", 10,
            (1, "A landslide closed the old mule track for a month."),
            (8, "The ferry timetable has changed twice this year."));

        Assert.Matches(@"\*\*(landslide|ferry)\*\*", hit.Snippet);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task An_updated_article_is_found_and_shown_by_its_new_text(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        const string url = "https://example.org/notes/beacon";
        var first = Filler(6);
        first[1] = "The lighthouse keepers kept a logbook of every passing schooner.";
        var second = Filler(6);
        second[4] = "Today the lighthouse runs an automated beacon that nobody has to wind.";
        await store.SaveAsync(Draft(url, "Keeping the light", first), None);
        await store.SaveAsync(Draft(url, "Keeping the light", second), None);

        var hit = Assert.Single(await store.SearchAsync("lighthouse", null, 10, None));

        Assert.Contains("**lighthouse**", hit.Snippet);
        Assert.Contains("beacon", hit.Snippet);
        Assert.DoesNotContain("schooner", hit.Snippet);
        Assert.Empty(await store.SearchAsync("schooner", null, 10, None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_title_only_match_shows_the_opening_words_even_past_a_short_first_paragraph(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var paragraphs = Filler(5);
        paragraphs[0] = "Short opening.";
        paragraphs[1] = "The second paragraph carries on with gulls circling the pier.";
        await store.SaveAsync(Draft("https://example.org/notes/pier", "Ferries and tides", paragraphs), None);

        var hit = Assert.Single(await store.SearchAsync("tides", null, 10, None));

        Assert.StartsWith("Short opening.", hit.Snippet);
        Assert.Contains("gulls", hit.Snippet);
        Assert.DoesNotContain("**", hit.Snippet);
    }

    // The one hit for the query in a library of one article: filler paragraphs with the given ones in their places.
    private async Task<SearchHit> OnlyHitAsync(string provider, string query, int paragraphCount, params (int Index, string Text)[] placed)
    {
        await using var db = await fixture.CreateAsync(provider);
        var store = db.Get<IArticleStore>();
        var paragraphs = Filler(paragraphCount);
        foreach (var (index, text) in placed)
        {
            paragraphs[index] = text;
        }

        await store.SaveAsync(Draft("https://example.org/notes/coast", "Notes from the coast road", paragraphs), None);
        return Assert.Single(await store.SearchAsync(query, null, 10, None));
    }

    private static ArticleDraft Draft(string url, string title, IReadOnlyList<string> paragraphs) =>
        ArticleBuilder.Titled(title, paragraphs).At(url).Draft();

    // Ordinary sentences that share no word with the queries above.
    private static string[] Filler(int count) =>
        Enumerable.Range(1, count)
            .Select(i => $"Entry {i} records the wind, the cloud cover and the temperature at the weather station near the quarry, as on every other morning of the season.")
            .ToArray();
}
