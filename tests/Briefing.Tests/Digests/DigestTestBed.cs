using Briefing.Articles;
using Briefing.Digests;
using Briefing.Models;
using Briefing.Storage;
using Briefing.Summaries;
using Briefing.Tests.Infrastructure;
using Briefing.Tests.Summaries;
using Microsoft.Extensions.Configuration;

namespace Briefing.Tests.Digests;

/// <summary>
/// The real library on a temp SQLite file, the real summaries (offline: extractive, cached), and a fake Discord channel that records
/// posts and, like Discord with enforce_nonce, returns the earlier message for a nonce it has seen.
/// A second test bed on the same folder is a restarted process.
/// </summary>
internal sealed class DigestTestBed : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    // The folder this bed deletes when disposed: the one it created, handed on to the bed that restarts on it.
    private TempDirectory? _ownFolder;

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
        var ownFolder = folder is null ? TempDirectory.Create("digest") : null;
        folder ??= ownFolder!.Path;
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
            .AddModels(configuration)
            .AddSummaries(configuration)
            .AddSingleton(TestPrompts.Library)
            .AddDigests(configuration)
            .AddSingleton<IDigestPublisher>(channel)
            .BuildServiceProvider();
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return new DigestTestBed(services, folder, time, channel) { _ownFolder = ownFolder };
    }

    /// <summary>The same database and the same fake Discord, as a new process would see them.</summary>
    public async Task<DigestTestBed> RestartAsync(FakeDigestChannel? channel = null)
    {
        var entriesPerMessage = EntriesPerMessage;
        await _services.DisposeAsync();
        var restarted = await StartAsync(Time.GetUtcNow(), entriesPerMessage, Folder, channel ?? Channel);
        (restarted._ownFolder, _ownFolder) = (_ownFolder, null);
        return restarted;
    }

    public int EntriesPerMessage => _services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DigestOptions>>().Value.EntriesPerMessage;

    public async Task<long> AddArticleAsync(string title, string body, ulong? guildId = null)
    {
        var draft = ArticleBuilder.Titled(title, body, "A second paragraph adds evidence for the claim made above.", "In short, the author argues that the policy should change.")
            .At("https://news.example.org/" + Uri.EscapeDataString(title.ToLowerInvariant().Replace(' ', '-')))
            .OnSite("Example News").InGuild(guildId).FromOrigin("url").Draft();
        var result = await Articles.SaveAsync(draft, CancellationToken.None);
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
        _ownFolder?.Dispose();
    }
}
