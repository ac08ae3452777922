using Briefing.Models;
using Briefing.Models.Prompts;
using Briefing.Summaries.Extractive;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Summaries;

/// <summary>Registers the summaries: the cache, the extractive engine, the model-backed one (only when a model is
/// configured), <see cref="ISummarizer"/> = <see cref="SummaryService"/> and <see cref="IDigestLineWriter"/> =
/// <see cref="DigestLineWriter"/>. Needs <c>AddStorage</c> and <c>AddModels</c>.</summary>
public static class SummariesServiceCollectionExtensions
{
    public static IServiceCollection AddSummaries(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        if (ModelsServiceCollectionExtensions.IsModelConfigured(configuration))
        {
            services.AddSingleton<ModelSummarizer>();
        }

        services.AddSummaryCache();
        services.AddExtractiveSummaries();
        services.AddSingleton<ISummarizer>(provider => new SummaryService(
            provider.GetRequiredService<ISummaryCache>(),
            provider.GetRequiredService<IExtractiveSummarizer>(),
            provider.GetService<ModelSummarizer>(),
            provider.GetRequiredService<ILogger<SummaryService>>()));
        services.AddSingleton<IDigestLineWriter>(provider => new DigestLineWriter(
            provider.GetRequiredService<ISummarizer>(),
            provider.GetService<ModelJsonClient>(),
            provider.GetRequiredService<PromptLibrary>(),
            provider.GetRequiredService<IOptions<OpenAIOptions>>(),
            provider.GetRequiredService<ILogger<DigestLineWriter>>()));
        return services;
    }

    /// <summary>The summary cache alone, on top of <c>AddStorage</c>.</summary>
    public static IServiceCollection AddSummaryCache(this IServiceCollection services)
    {
        services.TryAddSingleton<ISummaryCache, SummaryCache>();
        return services;
    }
}
