using Briefing.Digests;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Bot.Hosting;

/// <summary>Registers the Hosting area only: the demo library loader, the digest publisher and (for a running bot) the loops.</summary>
public static class HostingServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="DemoLibraryLoader"/> and the <see cref="IDigestPublisher"/> that posts through the transport's
    /// <see cref="IChannelPoster"/>; with <paramref name="runBackgroundLoops"/> also the digest scheduler, the feed poller and the embedding indexer
    /// (a running bot, console or Discord; one-shot CLI commands run no loops).
    /// </summary>
    public static IServiceCollection AddBotHosting(this IServiceCollection services, bool runBackgroundLoops)
    {
        services.AddSingleton<DemoLibraryLoader>();
        services.AddSingleton<IDigestPublisher, ChannelDigestPublisher>();
        if (runBackgroundLoops)
        {
            services.AddHostedService<DigestSchedulerService>();
            services.AddHostedService<FeedPollerService>();
            services.AddHostedService<EmbeddingIndexerService>();
        }

        return services;
    }
}
