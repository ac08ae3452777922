using Briefing.Articles;
using Briefing.Digests;
using Briefing.Storage;
using Briefing.Summaries;
using Briefing.Tests.Infrastructure;
using Briefing.Tests.Summaries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Tests.Digests;

/// <summary>
/// The real library on a temp SQLite file, the real summaries (offline: extractive, cached), and a fake Discord channel that records
/// posts and, like Discord with enforce_nonce, returns the earlier message for a nonce it has seen.
/// A second test bed on the same folder is a restarted process.
/// </summary>
internal sealed class DigestTestBed : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private DigestTestBed(ServiceProvider services, string folder, FakeTimeProvider time, FakeDigestChannel channel)
    {
        _services = services;
        Folder = folder;
        Time = time;
        Channel = channel;
    }

    public string Folder { get; }
    public FakeTimeProvider Time { get; }
    public FakeDigestChannel Channel { get; }
    public DigestDelivery Delivery => _services.GetRequiredService<DigestDelivery>();
    public IDigestSubscriptionStore Subscriptions => _services.GetRequiredService<IDigestSubscriptionStore>();
    public IDeliveryLedger Ledger => _services.GetRequiredService<IDeliveryLedger>();
    public IDigestLeaseStore Leases => _services.GetRequiredService<IDigestLeaseStore>();
    public IArticleStore Articles => _services.GetRequiredService<IArticleStore>();
    public DigestComposer Composer => _services.GetRequiredService<DigestComposer>();
    public IDigestLineWriter LineWriter => _services.GetRequiredService<IDigestLineWriter>();

    public static async Task<DigestTestBed> StartAsync(DateTimeOffset now, int entriesPerMessage = 5, string? folder = null, FakeDigestChannel? channel = null, TimeSpan? missedWindow = null)
    {
        folder ??= Directory.CreateTempSubdirectory("briefing-digest-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "sqlite",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(folder, "library.db")}",
            ["Digests:EntriesPerMessage"] = entriesPerMessage.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Digests:MissedDigestWindow"] = (missedWindow ?? TimeSpan.FromHours(6)).ToString(),
        }).Build();
        var time = new FakeTimeProvider(now);
        channel ??= new FakeDigestChannel();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(time)
            .AddLogging()
            .AddStorage(configuration)
            .AddFeatureStores()
            .AddSummaries(configuration)
            .AddSingleton(TestPrompts.Library)
            .AddDigests(configuration)
            .AddSingleton<IDigestPublisher>(channel)
            .BuildServiceProvider();
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return new DigestTestBed(services, folder, time, channel);
    }

    /// <summary>The same database and the same fake Discord, as a new process would see them.</summary>
    public async Task<DigestTestBed> RestartAsync(FakeDigestChannel? channel = null)
    {
        var entriesPerMessage = EntriesPerMessage;
        await _services.DisposeAsync();
        return await StartAsync(Time.GetUtcNow(), entriesPerMessage, Folder, channel ?? Channel);
    }

    public int EntriesPerMessage => _services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DigestOptions>>().Value.EntriesPerMessage;

    public async Task<long> AddArticleAsync(string title, string body, ulong? guildId = null)
    {
        var result = await Articles.SaveAsync(new ArticleDraft
        {
            Url = "https://news.example.org/" + Uri.EscapeDataString(title.ToLowerInvariant().Replace(' ', '-')),
            Title = title,
            SiteName = "Example News",
            Paragraphs = [body, "A second paragraph adds evidence for the claim made above.", "In short, the author argues that the policy should change."],
            GuildId = guildId,
            Origin = "url",
        }, CancellationToken.None);
        return result.ArticleId;
    }

    public Task SubscribeAsync(ulong channelId, string localTime, string zone, params string[] topics) =>
        Subscriptions.UpsertAsync(new DigestSubscription
        {
            GuildId = 7,
            ChannelId = channelId,
            LocalTime = TimeOnly.Parse(localTime, System.Globalization.CultureInfo.InvariantCulture),
            TimeZone = zone,
            Topics = topics,
            CreatedAt = Time.GetUtcNow(),
        }, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
