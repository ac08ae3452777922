using Briefing.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Digests;

/// <summary>Registers the digest stores, digest composition and exactly-once delivery. The transport registers an <see cref="IDigestPublisher"/>.</summary>
public static class DigestsServiceCollectionExtensions
{
    public static IServiceCollection AddDigests(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddDigestStores();
        services.AddSingleton<DigestComposer>();
        services.AddMetrics();
        services.TryAddSingleton<BriefingMetrics>();
        services.AddSingleton<DigestDelivery>();
        return services;
    }

    /// <summary>The digest stores alone (subscriptions, delivery ledger, leases), on top of <c>AddStorage</c>.</summary>
    public static IServiceCollection AddDigestStores(this IServiceCollection services)
    {
        services.TryAddSingleton<IDigestSubscriptionStore, DigestSubscriptionStore>();
        services.TryAddSingleton<IDeliveryLedger, DeliveryLedger>();
        services.TryAddSingleton<IDigestLeaseStore, DigestLeaseStore>();
        return services;
    }
}
