using Briefing.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Feeds;

/// <summary>Registers feed subscriptions: options, <see cref="IFeedStore"/> and <see cref="FeedPollService"/>.
/// Needs <c>AddStorage</c> and <c>AddIngestion</c> (the poller ingests new items through them).</summary>
public static class FeedsServiceCollectionExtensions
{
    public static IServiceCollection AddFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddFeedStore();
        services.AddMetrics();
        services.TryAddSingleton<BriefingMetrics>();
        services.AddSingleton<FeedPollService>();
        return services;
    }

    /// <summary>The feed store alone, on top of <c>AddStorage</c>.</summary>
    public static IServiceCollection AddFeedStore(this IServiceCollection services)
    {
        services.TryAddSingleton<IFeedStore, FeedStore>();
        return services;
    }
}
