using Briefing.Discord.Gateway;
using Briefing.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Briefing.Bot.Sharding;

/// <summary>What several instances of the bot share about their shards: IDENTIFY turns through the database on PostgreSQL.</summary>
public static class ShardingServiceCollectionExtensions
{
    /// <summary>
    /// On PostgreSQL (several instances may share it) IDENTIFY turns go through the database; on SQLite, which one process
    /// owns, the gateway's in-memory pacing stays. Call before or after <c>AddDiscordGateway</c>: this registration wins.
    /// </summary>
    public static IServiceCollection AddShardCoordination(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (storage.ProviderKind != StorageProvider.Postgres)
        {
            return services;
        }

        services.TryAddSingleton<IdentifyTurnStore>();
        services.Replace(ServiceDescriptor.Singleton<IIdentifyCoordinator>(provider => new DatabaseIdentifyCoordinator(
            provider.GetRequiredService<IdentifyTurnStore>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<DatabaseIdentifyCoordinator>>())));
        return services;
    }
}
