using System.Globalization;
using Briefing.Articles;
using Briefing.Digests;
using Briefing.Feeds;
using Briefing.Storage;
using Briefing.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Briefing.Bot.Tests.CrashTest;

/// <summary>
/// The crash test's database (a temp SQLite file, or a fresh schema on the test PostgreSQL): migrated, then seeded
/// with articles fetched an hour ago and one subscription per channel whose daily time passed a minute ago, so the
/// bot's first scheduler check finds every digest due. Reads the ledger to tell when every digest is complete.
/// </summary>
internal sealed class CrashTestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string? _schema;

    private CrashTestDatabase(ServiceProvider services, string provider, string connectionString, string? schema)
    {
        _services = services;
        Provider = provider;
        ConnectionString = connectionString;
        _schema = schema;
    }

    public string Provider { get; }
    public string ConnectionString { get; }

    public static async Task<CrashTestDatabase> CreateAsync(string provider, string folder)
    {
        string connectionString;
        string? schema = null;
        if (provider == "postgres")
        {
            schema = "crash_" + Guid.NewGuid().ToString("N");
            await ExecuteAsync(PostgresServer.ConnectionString, $"CREATE SCHEMA {schema}");
            connectionString = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { SearchPath = schema }.ConnectionString;
        }
        else
        {
            connectionString = $"Data Source={Path.Combine(folder, "briefing.db")}";
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["Storage:ConnectionString"] = connectionString,
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-1)))
            .AddLogging()
            .AddStorage(configuration)
            .AddDigestStores()
            .AddFeedStore()
            .BuildServiceProvider();
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return new CrashTestDatabase(services, provider, connectionString, schema);
    }

    /// <summary>Global articles (every channel's digest lists them all) and a due subscription per channel.</summary>
    public async Task SeedAsync(IReadOnlyList<ulong> channels, int articles, DateTimeOffset now)
    {
        var store = _services.GetRequiredService<IArticleStore>();
        for (var i = 1; i <= articles; i++)
        {
            var draft = ArticleBuilder.Titled($"Crash test analysis {i}", $"Claim {i}: the council should publish its figures before the vote.", "The evidence points the same way.", "In short, the policy should change.")
                .At($"https://crash.example.org/analysis-{i}").OnSite("Crash Desk").FromOrigin("url").Draft();
            await store.SaveAsync(draft, CancellationToken.None);
        }

        var subscriptions = _services.GetRequiredService<IDigestSubscriptionStore>();
        var due = now.AddMinutes(-1);
        foreach (var channel in channels)
        {
            await subscriptions.UpsertAsync(new DigestSubscription
            {
                GuildId = FakeDiscord.FakeDiscordIds.Guild,
                ChannelId = channel,
                LocalTime = new TimeOnly(due.Hour, due.Minute),
                TimeZone = "UTC",
                CreatedAt = now.AddDays(-2),
            }, CancellationToken.None);
        }
    }

    /// <summary>A global feed, due at <paramref name="now"/>.</summary>
    public async Task AddFeedAsync(string url, DateTimeOffset now) =>
        await _services.GetRequiredService<IFeedStore>().AddAsync(url, guildId: null, now, CancellationToken.None);

    /// <summary>How many channels' digests the ledger records as complete.</summary>
    public async Task<int> CompletedDigestsAsync(IReadOnlyList<ulong> channels, DateTimeOffset seededAt)
    {
        var ledger = _services.GetRequiredService<IDeliveryLedger>();
        var date = seededAt.AddMinutes(-1).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var completed = 0;
        foreach (var channel in channels)
        {
            if ((await ledger.GetAsync($"digest:{channel}:{date}", CancellationToken.None))?.CompletedAt is not null) completed++;
        }
        return completed;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (_schema is not null) await ExecuteAsync(PostgresServer.ConnectionString, $"DROP SCHEMA IF EXISTS {_schema} CASCADE");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
