using Briefing.Embeddings;
using Briefing.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Briefing.Models;

/// <summary>With <c>Retrieval:Embedder=openai</c>, the configured OpenAI-compatible server's embeddings endpoint replaces the
/// local model as <see cref="ITextEmbedder"/>. Call after <c>AddRetrieval</c>; any other setting leaves the registration alone.</summary>
public static class OpenAIEmbeddingsServiceCollectionExtensions
{
    public static IServiceCollection AddOpenAIEmbeddings(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var retrieval = configuration.GetSection(RetrievalOptions.Section).Get<RetrievalOptions>() ?? new RetrievalOptions();
        if (!retrieval.UsesOpenAIEmbeddings)
        {
            return services;
        }

        services.AddOpenAIOptions(configuration);
        services.AddOptions<OpenAIOptions>()
            .Validate(options => options.IsConfigured, "Retrieval:Embedder=openai needs OpenAI:Endpoint or OpenAI:ApiKey (or OPENAI_API_KEY).")
            .ValidateOnStart();
        services.Replace(ServiceDescriptor.Singleton<ITextEmbedder>(provider =>
        {
            var openAI = provider.GetRequiredService<IOptions<OpenAIOptions>>().Value;
            var options = provider.GetRequiredService<IOptions<RetrievalOptions>>().Value;
            return new OpenAIEmbedder(
                OpenAIClientFactory.CreateEmbeddingGenerator(openAI, options.EmbeddingModel, options.EmbeddingDimensions),
                options.EmbeddingModel,
                options.EmbeddingDimensions);
        }));
        return services;
    }
}
