using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Summaries.Extractive;

/// <summary>Registers the offline extractive engine as <see cref="IExtractiveSummarizer"/>.</summary>
public static class ExtractiveSummariesServiceCollectionExtensions
{
    /// <summary>Stateless and thread-safe, so one instance serves everyone.</summary>
    public static IServiceCollection AddExtractiveSummaries(this IServiceCollection services)
    {
        services.TryAddSingleton<IExtractiveSummarizer, ExtractiveSummarizer>();
        return services;
    }
}
