using Briefing.Conversations;
using Briefing.Models;
using Briefing.Models.Prompts;
using Briefing.Summaries.Extractive;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Summaries;

/// <summary>Registers the summaries and follow-up answers: options, prompts, the model client (only when configured),
/// <see cref="ISummarizer"/> = <see cref="SummaryService"/>, <see cref="IDigestLineWriter"/> = <see cref="DigestLineWriter"/>
/// and <see cref="IQuestionAnswerer"/> = <see cref="FallbackQuestionAnswerer"/>.</summary>
public static class SummariesServiceCollectionExtensions
{
    public static IServiceCollection AddSummaries(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<OpenAIOptions>()
            .BindConfiguration(OpenAIOptions.Section)
            .PostConfigure(options => options.ApiKey = ApiKey(options.ApiKey, configuration))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(provider => PromptLibrary.Load(
            PromptLibrary.LocateDirectory(provider.GetService<IHostEnvironment>()?.ContentRootPath)));
        services.AddHostedService<PromptLibraryStartupCheck>();

        // Decided once at start: with neither key nor endpoint there is no model client at all.
        var configured = configuration.GetSection(OpenAIOptions.Section).Get<OpenAIOptions>() ?? new OpenAIOptions();
        configured.ApiKey = ApiKey(configured.ApiKey, configuration);
        if (configured.IsConfigured)
        {
            services.AddSingleton<IChatClient>(provider => OpenAIChatClientFactory.Create(provider.GetRequiredService<IOptions<OpenAIOptions>>().Value));
            services.AddSingleton<ModelJsonClient>();
            services.AddSingleton<ModelSummarizer>();
            services.AddSingleton<ModelQuestionAnswerer>();
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
        services.AddSingleton<ExtractiveQuestionAnswerer>();
        services.AddSingleton<IQuestionAnswerer>(provider => new FallbackQuestionAnswerer(
            provider.GetRequiredService<ExtractiveQuestionAnswerer>(),
            provider.GetService<ModelQuestionAnswerer>(),
            provider.GetRequiredService<ILogger<FallbackQuestionAnswerer>>()));
        return services;
    }

    /// <summary>The summary cache alone, on top of <c>AddStorage</c>.</summary>
    public static IServiceCollection AddSummaryCache(this IServiceCollection services)
    {
        services.TryAddSingleton<ISummaryCache, SummaryCache>();
        return services;
    }

    /// <summary><c>OpenAI:ApiKey</c> (env <c>OpenAI__ApiKey</c>) first, then the conventional <c>OPENAI_API_KEY</c>,
    /// which the host's environment-variable configuration source exposes as a top-level key.</summary>
    private static string? ApiKey(string? configuredKey, IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuredKey) ? configuredKey : configuration[OpenAIOptions.ApiKeyEnvironmentVariable];
}
