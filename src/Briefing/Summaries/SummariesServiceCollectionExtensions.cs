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
            .PostConfigure(options => options.ApiKey = OpenAIOptions.KeyOrEnvironment(options.ApiKey, configuration))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(provider => PromptLibrary.Load(
            PromptLibrary.LocateDirectory(provider.GetService<IHostEnvironment>()?.ContentRootPath)));
        services.AddHostedService<PromptLibraryStartupCheck>();

        // Decided once at start: with neither key nor endpoint there is no model client at all.
        var configured = configuration.GetSection(OpenAIOptions.Section).Get<OpenAIOptions>() ?? new OpenAIOptions();
        configured.ApiKey = OpenAIOptions.KeyOrEnvironment(configured.ApiKey, configuration);
        if (configured.IsConfigured)
        {
            services.AddSingleton<IChatClient>(provider => OpenAIClientFactory.CreateChatClient(provider.GetRequiredService<IOptions<OpenAIOptions>>().Value));
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
}
