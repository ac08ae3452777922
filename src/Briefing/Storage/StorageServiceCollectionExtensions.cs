using Briefing.Storage.Postgres;
using Briefing.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Briefing.Storage;

/// <summary>Registers storage: options, connection factory, SQL dialect, migrator (run at host start), the article,
/// embedding and key-value stores. Each feature registers its own store on top (<c>AddFeeds</c>, <c>AddDigests</c>, ...).</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.TryAddSingleton<IDbConnectionFactory>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return options.ProviderKind == StorageProvider.Postgres
                ? new PostgresConnectionFactory(options)
                : new SqliteConnectionFactory(options);
        });
        services.TryAddSingleton<ArticleDialect>(sp => sp.GetRequiredService<IDbConnectionFactory>().Provider == StorageProvider.Postgres
            ? new PostgresArticleDialect(sp.GetRequiredService<TimeProvider>(), PreparedQuery.IsPossibleWith(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString))
            : new SqliteArticleDialect());
        services.TryAddSingleton<DatabaseMigrator>();
        services.TryAddSingleton<IArticleStore, ArticleStore>();
        services.TryAddSingleton<IArticleEmbeddingStore, ArticleEmbeddingStore>();
        services.TryAddSingleton<IKeyValueStore, KeyValueStore>();
        services.AddHostedService<StorageMigrationService>();
        return services;
    }
}
