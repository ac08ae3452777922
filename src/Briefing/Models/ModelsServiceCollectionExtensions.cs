using Briefing.Models.Prompts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Briefing.Models;

/// <summary>Registers what the model-backed summarizer and answerer share: the OpenAI options, the prompt library
/// (checked at start) and, only when a model is configured, the <see cref="IChatClient"/> and <see cref="ModelJsonClient"/>.</summary>
public static class ModelsServiceCollectionExtensions
{
    public static IServiceCollection AddModels(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOpenAIOptions(configuration);
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(provider => PromptLibrary.Load(
            PromptLibrary.LocateDirectory(provider.GetService<IHostEnvironment>()?.ContentRootPath)));
        services.AddHostedService<PromptLibraryStartupCheck>();

        if (IsModelConfigured(configuration))
        {
            services.AddSingleton<IChatClient>(provider => OpenAIClientFactory.CreateChatClient(provider.GetRequiredService<IOptions<OpenAIOptions>>().Value));
            services.AddSingleton<ModelJsonClient>();
        }

        return services;
    }

    /// <summary>The <see cref="OpenAIOptions"/> binding (with the <c>OPENAI_API_KEY</c> fallback) once, however many areas
    /// that talk to the model server ask for it.</summary>
    public static IServiceCollection AddOpenAIOptions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(OpenAIOptionsBound)))
        {
            return services;
        }

        services.AddSingleton<OpenAIOptionsBound>();
        services.AddOptions<OpenAIOptions>()
            .BindConfiguration(OpenAIOptions.Section)
            .PostConfigure(options => options.ApiKey = OpenAIOptions.KeyOrEnvironment(options.ApiKey, configuration))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }

    /// <summary>Decided once at start: with neither key nor endpoint there is no model client at all, and the
    /// summarizer and answerer register only their extractive engines.</summary>
    public static bool IsModelConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration.GetSection(OpenAIOptions.Section).Get<OpenAIOptions>() ?? new OpenAIOptions();
        configured.ApiKey = OpenAIOptions.KeyOrEnvironment(configured.ApiKey, configuration);
        return configured.IsConfigured;
    }

    /// <summary>Marks the binding as registered.</summary>
    private sealed class OpenAIOptionsBound;
}
