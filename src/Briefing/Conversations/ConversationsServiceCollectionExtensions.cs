using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Conversations;

/// <summary>Registers the follow-up conversations: <see cref="IConversationStore"/>. Needs <c>AddStorage</c>.</summary>
public static class ConversationsServiceCollectionExtensions
{
    public static IServiceCollection AddConversations(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddConversationStore();
        return services;
    }

    /// <summary>The conversation store alone, on top of <c>AddStorage</c>.</summary>
    public static IServiceCollection AddConversationStore(this IServiceCollection services)
    {
        services.TryAddSingleton<IConversationStore, ConversationStore>();
        return services;
    }
}
