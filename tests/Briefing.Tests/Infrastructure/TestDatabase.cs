using Briefing.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Briefing.Tests.Infrastructure;

/// <summary>
/// One test's database with a service provider built by <c>AddStorage</c> on it (plus whatever the test adds),
/// and a <see cref="FakeTimeProvider"/> as the clock. <see cref="CreateServices"/> builds another "process" on the same database.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly Action<IServiceCollection>? _configureServices;
    private readonly List<ServiceProvider> _providers = [];

    internal TestDatabase(string provider, string connectionString, Action<IServiceCollection>? configureServices)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _configureServices = configureServices;
        Services = CreateServices();
    }

    public string Provider { get; }
    public string ConnectionString { get; }
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    public ServiceProvider Services { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Configuration the services were built from: Storage:Provider and Storage:ConnectionString.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        [$"{StorageOptions.Section}:Provider"] = Provider,
        [$"{StorageOptions.Section}:ConnectionString"] = ConnectionString,
    };

    /// <summary>A separate service provider (own connection pool) on the same database, sharing the clock.</summary>
    public ServiceProvider CreateServices(IDictionary<string, string?>? extraSettings = null)
    {
        var settings = Settings;
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(Time);
        services.AddStorage(configuration).AddFeatureStores();
        _configureServices?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        _providers.Add(provider);
        return provider;
    }

    public Task<int> MigrateAsync() => Get<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        if (Provider == StorageProviders.Sqlite)
        {
            var builder = new SqliteConnectionStringBuilder(ConnectionString);
            SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
            var folder = Path.GetDirectoryName(builder.DataSource);
            if (folder is not null && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
