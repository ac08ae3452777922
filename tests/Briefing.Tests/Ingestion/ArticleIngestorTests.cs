using Briefing.Articles;
using Briefing.Ingestion;
using Briefing.Storage;
using Briefing.Tests.Articles;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Ingestion;

/// <summary>Ingesting into the real library (SQLite and PostgreSQL), remote sites played by a loopback server.</summary>
public sealed class ArticleIngestorTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private LoopbackServer site = null!;
    private string folder = null!;

    public async Task InitializeAsync()
    {
        site = await LoopbackServer.StartAsync();
        site.MapContent("/2025/water-pipes", "text/html; charset=utf-8", Fixture("Articles", "saved-blog-page.html"));
        folder = Directory.CreateTempSubdirectory("briefing-ingest-").FullName;
    }

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private static string Fixture(string area, string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", area, name));

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_saved_blog_page_url_is_stored_and_found_by_a_word_from_its_body(string provider)
    {
        await using var db = await IngestionDatabase.CreateAsync(fixture, provider);
        var services = db.CreateServices(IngestionDatabase.LoopbackAllowed);

        var report = await services.Get<IArticleIngestor>().IngestAsync(site.Url("/2025/water-pipes").AbsoluteUri, null, null, None);

        var item = Assert.Single(report.Items);
        Assert.Equal(ArticleSaveOutcome.Inserted, item.Result!.Outcome);
        var article = await db.Get<IArticleStore>().GetAsync(item.Result.ArticleId, None);
        Assert.Equal("Why Small Towns Keep Losing the Water Pipe Lottery", article!.Title);
        Assert.Equal("url", article.Origin);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Leave a Reply", StringComparison.Ordinal));
        var hit = Assert.Single(await db.Get<IArticleStore>().SearchAsync("hydraulic", null, 5, None));
        Assert.Equal(item.Result.ArticleId, hit.ArticleId);
        Assert.Contains("hydraulic", hit.Snippet, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_folder_is_ingested_recursively_with_progress_and_a_bad_file_does_not_stop_the_rest(string provider)
    {
        await using var db = await IngestionDatabase.CreateAsync(fixture, provider);
        Directory.CreateDirectory(Path.Combine(folder, "2025", "march"));
        await File.WriteAllTextAsync(Path.Combine(folder, "a-ferries.md"), "# Ferries are infrastructure\n\nIsland clinics close when the boat stops.");
        await File.WriteAllTextAsync(Path.Combine(folder, "2025", "b-empty.txt"), "Only a title");
        await File.WriteAllTextAsync(Path.Combine(folder, "2025", "march", "c-pipes.html"), Fixture("Articles", "saved-blog-page.html"));
        await File.WriteAllTextAsync(Path.Combine(folder, "2025", "ignored.pdf"), "%PDF");
        var progress = new List<IngestProgress>();

        var report = await db.Get<IArticleIngestor>().IngestAsync(folder, 42UL, new SynchronousProgress(progress.Add), None);

        Assert.Equal(2, report.Stored);
        Assert.Equal(1, report.Failed);
        Assert.Equal(Path.Combine(folder, "2025", "b-empty.txt") + ": no readable text (a title but no paragraph under it)", report.Items.Single(i => i.Error is not null).Error);
        Assert.Equal([0, 1, 2, 3], progress.Select(p => p.Done));
        Assert.All(progress, p => Assert.Equal(3, p.Total));
        var stored = await db.Get<IArticleStore>().ListAsync(42UL, 10, None);
        Assert.Equal(2, stored.Count);
        Assert.All(stored, a => Assert.Equal(42UL, a.GuildId));
        Assert.All(stored, a => Assert.Equal("file", a.Origin));
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Loading_does_not_store(string provider)
    {
        await using var db = await IngestionDatabase.CreateAsync(fixture, provider);
        var services = db.CreateServices(IngestionDatabase.LoopbackAllowed);

        var draft = await services.Get<IArticleIngestor>().LoadAsync(site.Url("/2025/water-pipes").AbsoluteUri, 7UL, None);

        Assert.Equal("Why Small Towns Keep Losing the Water Pipe Lottery", draft.Title);
        Assert.Equal(7UL, draft.GuildId);
        Assert.Equal(0, await db.Get<IArticleStore>().CountAsync(None));
    }

    public static TheoryData<string, string> BadInputs()
    {
        var data = new TheoryData<string, string>();
        string[] cases = ["not-found", "not-html", "too-large", "blocked", "unparsable-feed", "no-readable-text", "missing-file", "unsupported-scheme", "unreachable"];
        foreach (var provider in new[] { StorageProviders.Sqlite, StorageProviders.Postgres })
        {
            foreach (var name in cases)
            {
                data.Add(provider, name);
            }
        }

        return data;
    }

    [SkippableTheory, MemberData(nameof(BadInputs))]
    public async Task Every_bad_input_gets_one_clear_line_and_leaves_the_library_unchanged(string provider, string badInput)
    {
        await using var db = await IngestionDatabase.CreateAsync(fixture, provider);
        var store = db.Get<IArticleStore>();
        var kept = await store.SaveAsync(Storage.ArticleDrafts.Harbour(), None);
        var before = await store.GetAsync(kept.ArticleId, None);
        site.MapContent("/report.pdf", "application/pdf", "%PDF-1.7");
        site.MapContent("/huge", "text/html", new string('x', 8192));
        site.MapContent("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>cut off");
        site.MapContent("/blank", "text/html", "<html><body><nav>Home</nav></body></html>");
        var (source, expected, allowLoopback) = badInput switch
        {
            "not-found" => (site.Url("/missing").AbsoluteUri, "not found (HTTP 404)", true),
            "not-html" => (site.Url("/report.pdf").AbsoluteUri, "not HTML, text or a feed (content type application/pdf)", true),
            "too-large" => (site.Url("/huge").AbsoluteUri, "too large (over 4 KB)", true),
            "blocked" => ("http://2130706433/admin", "that link points to a private or local network address, which is not allowed", false),
            "unparsable-feed" => (site.Url("/feed.xml").AbsoluteUri, "unparsable feed (", true),
            "no-readable-text" => (site.Url("/blank").AbsoluteUri, "no readable text in the page", true),
            "missing-file" => (Path.Combine(folder, "nowhere.md"), "not found (no such file or folder)", true),
            "unsupported-scheme" => ("ftp://files.example/a.txt", "only http and https URLs can be fetched, not ftp:", true),
            _ => ($"http://127.0.0.1:{ClosedPort()}/", "unreachable (", true),
        };
        var services = db.CreateServices(new Dictionary<string, string?>
        {
            [$"{IngestionOptions.Section}:AllowPrivateNetworks"] = allowLoopback ? "true" : "false",
            [$"{IngestionOptions.Section}:MaxResponseBytes"] = "4096",
        });

        var error = await Assert.ThrowsAsync<IngestionException>(() => services.Get<IArticleIngestor>().IngestAsync(source, null, null, None));

        Assert.StartsWith($"{source}: {expected}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(1, await store.CountAsync(None));
        var after = await store.GetAsync(kept.ArticleId, None);
        Assert.Equal(before!.Paragraphs, after!.Paragraphs);
        Assert.Equal(before.ContentHash, after.ContentHash);
    }

    [SkippableTheory, MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task A_slow_site_times_out_on_the_injected_clock_and_stores_nothing(string provider)
    {
        await using var db = await IngestionDatabase.CreateAsync(fixture, provider);
        var services = db.CreateServices(IngestionDatabase.LoopbackAllowed);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        site.Map("/slow", async context =>
        {
            arrived.TrySetResult();
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        });
        var source = site.Url("/slow").AbsoluteUri;

        var ingest = services.Get<IArticleIngestor>().IngestAsync(source, null, null, None);
        // The clock may only move once the fetch is in flight (its timeout starts then); ten real seconds is only a
        // bound for a broken fetch, never a wait the test relies on.
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(10));

        db.Time.Advance(TimeSpan.FromSeconds(21));
        var error = await Assert.ThrowsAsync<IngestionException>(() => ingest);

        Assert.Equal($"{source}: timed out after 20 s", error.Message);
        Assert.Equal(0, await db.Get<IArticleStore>().CountAsync(None));
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; the test wants every report, in order, before it asserts.</summary>
    private sealed class SynchronousProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
