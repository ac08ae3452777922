using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Digests;

/// <summary>Registers digest composition and exactly-once delivery. The transport registers an <see cref="IDigestPublisher"/>.</summary>
public static class DigestsServiceCollectionExtensions
{
    public static IServiceCollection AddDigests(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DigestComposer>();
        services.AddSingleton<DigestDelivery>();
        return services;
    }
}
