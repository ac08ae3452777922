using Briefing.Embeddings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Retrieval;

/// <summary>Registers hybrid retrieval: options, the embedder (loaded on first use), the indexer, <see cref="IArticleRetriever"/> and
/// <see cref="ITitleSuggestionStore"/>. Needs <c>AddStorage</c>.</summary>
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
        services.AddTitleSuggestionStore();
        return services;
    }

    /// <summary>The title suggestion store alone (autocomplete), on top of <c>AddStorage</c>.</summary>
    public static IServiceCollection AddTitleSuggestionStore(this IServiceCollection services)
    {
        services.TryAddSingleton<ITitleSuggestionStore, TitleSuggestionStore>();
        return services;
    }
}
