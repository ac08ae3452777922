using Briefing.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Briefing.Conversations;

/// <summary>Registers the follow-up conversations: <see cref="IConversationStore"/>, the extractive answerer, the
/// model-backed one (only when a model is configured) and <see cref="IQuestionAnswerer"/> =
/// <see cref="FallbackQuestionAnswerer"/>. Needs <c>AddStorage</c> and <c>AddModels</c>.</summary>
public static class ConversationsServiceCollectionExtensions
{
    public static IServiceCollection AddConversations(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddConversationStore();
        if (ModelsServiceCollectionExtensions.IsModelConfigured(configuration))
        {
            services.AddSingleton<ModelQuestionAnswerer>();
        }

        services.AddSingleton<ExtractiveQuestionAnswerer>();
        services.AddSingleton<IQuestionAnswerer>(provider => new FallbackQuestionAnswerer(
            provider.GetRequiredService<ExtractiveQuestionAnswerer>(),
            provider.GetService<ModelQuestionAnswerer>(),
            provider.GetRequiredService<ILogger<FallbackQuestionAnswerer>>()));
        return services;
    }

    /// <summary>The conversation store alone, on top of <c>AddStorage</c>.</summary>
    public static IServiceCollection AddConversationStore(this IServiceCollection services)
    {
        services.TryAddSingleton<IConversationStore, ConversationStore>();
        return services;
    }
}
