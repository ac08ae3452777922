using Briefing.Diagnostics;
using System.Net;
using Briefing.Articles.Extraction;
using Briefing.Articles.Fetching;
using Briefing.Feeds;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Briefing.Articles;

/// <summary>Registers ingestion: options, the SSRF-guarded HTTP client, extractors, the ingestor and feed polling.</summary>
public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IArticleIngestor"/>, <see cref="ArticleLoader"/>, <see cref="FeedPollService"/> and their parts.
    /// Needs an <see cref="Library.IArticleStore"/> and an <see cref="IFeedStore"/> registered by the library.
    /// </summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<GuardedConnector>();
        services.AddHttpClient(GuardedHttpFetcher.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                // Redirects are followed by GuardedHttpFetcher so that every hop is validated; no proxy, because a
                // proxy would connect on our behalf and the address check would no longer see the real target.
                AllowAutoRedirect = false,
                UseProxy = false,
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = provider.GetRequiredService<IOptions<IngestionOptions>>().Value.Timeout,
                ConnectCallback = provider.GetRequiredService<GuardedConnector>().ConnectAsync,
            });

        services.AddSingleton<GuardedHttpFetcher>();
        services.AddSingleton<HtmlArticleExtractor>();
        services.AddSingleton<TextArticleExtractor>();
        services.AddSingleton<FeedParser>();
        services.AddSingleton<ArticleLoader>();
        services.AddSingleton<FeedItemIngestor>();
        services.AddSingleton<IArticleIngestor, ArticleIngestor>();
        services.AddMetrics();
        services.TryAddSingleton<BriefingMetrics>();
        services.AddSingleton<FeedPollService>();
        return services;
    }
}
