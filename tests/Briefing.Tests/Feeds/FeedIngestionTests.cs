using Briefing.Articles;
using Briefing.Ingestion;
using Briefing.Storage;
using Briefing.Tests.Articles;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Feeds;

/// <summary>A feed URL ingested as a whole: full-content items stored directly, teaser items fetched in full.</summary>
public sealed class FeedIngestionTests(DatabaseFixture fixture) : FeedSiteTest, IClassFixture<DatabaseFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_teaser_item_is_fetched_in_full_and_a_broken_item_does_not_stop_the_others(string provider)
    {
        await using var db = await IngestionDatabase.CreateAsync(fixture, provider);
        var services = db.CreateServices(IngestionDatabase.LoopbackAllowed);

        var report = await services.Get<IArticleIngestor>().IngestAsync(Site.Url("/feed.xml").AbsoluteUri, 9UL, null, None);

        Assert.Equal(2, report.Stored);
        var failed = Assert.Single(report.Items, i => i.Error is not null);
        Assert.Equal($"{Site.Url("/2025/audits-moved")}: not found (HTTP 404)", failed.Error);
        var store = db.Get<IArticleStore>();
        var teaser = await store.GetAsync(report.Items[0].Result!.ArticleId, None);
        Assert.Equal("Why Small Towns Keep Losing the Water Pipe Lottery", teaser!.Title);
        Assert.Equal(13, teaser.Paragraphs.Count);
        Assert.StartsWith("Every spring, hundreds of small towns", teaser.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 8, 30, 0, TimeSpan.Zero), teaser.PublishedAt);
        Assert.Equal(9UL, teaser.GuildId);
        var full = await store.GetAsync(report.Items[2].Result!.ArticleId, None);
        Assert.Equal(2, full!.Paragraphs.Count);
        Assert.StartsWith("When rates were low", full.Paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(Site.Requests, r => r.Path == "/2025/sewer-bonds");
    }
}
