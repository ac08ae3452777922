using Briefing.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Digests;

/// <summary>Registers digest composition and exactly-once delivery. The transport registers an <see cref="IDigestPublisher"/>.</summary>
public static class DigestsServiceCollectionExtensions
{
    public static IServiceCollection AddDigests(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<DigestStoryVectors>();
        services.AddSingleton<DigestComposer>();
        // Stored beside the other digest tables; the connection factory comes from AddLibrary.
        services.TryAddSingleton<IDigestArticleLog, DigestArticleLog>();
        services.TryAddSingleton<IArticleTrail, ArticleTrail>();
        services.AddSingleton<DigestExplainer>();
        services.AddMetrics();
        services.TryAddSingleton<BriefingMetrics>();
        services.AddSingleton<DigestDelivery>();
        return services;
    }
}
