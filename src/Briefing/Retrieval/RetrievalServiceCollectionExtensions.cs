using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Retrieval;

/// <summary>Registers hybrid retrieval: options, the embedder (loaded on first use), the indexer and <see cref="IArticleRetriever"/>.</summary>
public static class RetrievalServiceCollectionExtensions
{
    public static IServiceCollection AddRetrieval(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RetrievalOptions>()
            .BindConfiguration(RetrievalOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<ITextEmbedder, MiniLmEmbedder>();
        services.TryAddSingleton<EmbeddingIndexer>();
        services.TryAddSingleton<VectorIndex>();
        services.TryAddSingleton<IArticleRetriever, HybridRetriever>();
        return services;
    }
}
