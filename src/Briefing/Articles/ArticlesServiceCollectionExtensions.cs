using System.Net;
using Briefing.Articles.Extraction;
using Briefing.Articles.Fetching;
using Briefing.Articles.Syndication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Briefing.Articles;

/// <summary>Registers the reading of articles: options, the SSRF-guarded HTTP client, the extractors, the feed parser and the loader.</summary>
public static class ArticlesServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ArticleLoader"/>, <see cref="GuardedHttpFetcher"/>, the extractors, <see cref="FeedParser"/> and <see cref="IngestionOptions"/>.</summary>
    public static IServiceCollection AddArticles(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
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
        return services;
    }
}
