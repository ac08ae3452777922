using Briefing.Articles;
using Briefing.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Ingestion;

/// <summary>Registers ingestion: the ingestor and the feed-item ingestor.</summary>
public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IArticleIngestor"/> and <see cref="FeedItemIngestor"/>. Needs the <see cref="ArticleLoader"/> of
    /// <c>AddArticles</c> and the <see cref="Storage.IArticleStore"/> of <c>AddStorage</c>.
    /// </summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<FeedItemIngestor>();
        services.AddSingleton<IArticleIngestor, ArticleIngestor>();
        services.AddMetrics();
        services.TryAddSingleton<BriefingMetrics>();
        return services;
    }
}
