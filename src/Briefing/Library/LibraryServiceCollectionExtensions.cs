using Briefing.Conversations;
using Briefing.Digests;
using Briefing.Feeds;
using Briefing.Library.Postgres;
using Briefing.Library.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Briefing.Library;

/// <summary>Registers the library: storage options, connection factory, migrator (run at host start) and the stores.</summary>
public static class LibraryServiceCollectionExtensions
{
    public static IServiceCollection AddLibrary(this IServiceCollection services, IConfiguration configuration)
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
            ? new PostgresArticleDialect()
            : new SqliteArticleDialect());
        services.TryAddSingleton<DatabaseMigrator>();
        services.TryAddSingleton<IArticleStore, ArticleStore>();
        services.TryAddSingleton<IArticleEmbeddingStore, ArticleEmbeddingStore>();
        services.TryAddSingleton<ISummaryCache, SummaryCache>();
        services.TryAddSingleton<IKeyValueStore, KeyValueStore>();
        services.TryAddSingleton<IFeedStore, FeedStore>();
        services.TryAddSingleton<IDigestSubscriptionStore, DigestSubscriptionStore>();
        services.TryAddSingleton<IDeliveryLedger, DeliveryLedger>();
        services.TryAddSingleton<IDigestLeaseStore, DigestLeaseStore>();
        services.TryAddSingleton<IConversationStore, ConversationStore>();
        services.AddHostedService<LibraryMigrationService>();
        return services;
    }
}
