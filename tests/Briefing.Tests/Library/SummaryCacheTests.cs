using Briefing.Summaries;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Library;

public sealed class SummaryCacheTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static ArgumentSummary Summary(string thesis) => new()
    {
        Article = new ArticleReference(7, "Orchards are quietly moving north", "https://example.org/essays/orchards", "A. Writer", new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero), "Example Review"),
        Thesis = new SummaryItem(thesis, "Growers in the valley have planted apricots", 1),
        Points = [new SummaryItem("Chill hours are shrinking.", "Warmer winters shorten the chill hours", 2)],
        Counterpoints = [],
        Engine = "extractive",
        FallbackReason = "model timed out",
    };

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_stored_summary_comes_back_whole_and_only_for_its_exact_key(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var cache = db.Get<ISummaryCache>();
        var key = new SummaryCacheKey("abc123", "extractive", "none", "p1", SummaryLength.Standard);
        var stored = Summary("Fruit farming follows the warming climate north.");

        await cache.PutAsync(key, stored, None);
        var hit = await cache.GetAsync(key, None);

        Assert.NotNull(hit);
        Assert.Equal(stored.Article, hit.Article);
        Assert.Equal(stored.Thesis, hit.Thesis);
        Assert.Equal(stored.Points, hit.Points);
        Assert.Empty(hit.Counterpoints);
        Assert.Equal("extractive", hit.Engine);
        Assert.Equal("model timed out", hit.FallbackReason);
        Assert.Null(await cache.GetAsync(key with { Length = SummaryLength.Short }, None));
        Assert.Null(await cache.GetAsync(key with { PromptHash = "p2" }, None));
        Assert.Null(await cache.GetAsync(key with { Model = "gpt-x" }, None));
        Assert.Null(await cache.GetAsync(key with { ContentHash = "def456" }, None));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Putting_the_same_key_again_replaces_the_summary(string provider)
    {
        await using var db = await fixture.CreateAsync(provider);
        var cache = db.Get<ISummaryCache>();
        var key = new SummaryCacheKey("abc123", "model", "small-model", "p1", SummaryLength.Detailed);

        await cache.PutAsync(key, Summary("First thesis."), None);
        await cache.PutAsync(key, Summary("Second thesis."), None);

        Assert.Equal("Second thesis.", (await cache.GetAsync(key, None))!.Thesis.Text);
    }
}
