using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Discord.Gateway;

/// <summary>Registers typed gateway event handlers.</summary>
public static class GatewayEventHandlerServiceCollectionExtensions
{
    /// <summary>
    /// Adds <typeparamref name="THandler"/> (scoped: one instance per invocation's scope) as a handler of
    /// <typeparamref name="TEvent"/>; several handlers of one event each get every such event.
    /// </summary>
    public static IServiceCollection AddGatewayEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IGatewayDispatch<TEvent>
        where THandler : class, IGatewayEventHandler<TEvent>
    {
        services.TryAddScoped<THandler>();
        services.AddScoped<IGatewayEventHandler<TEvent>>(provider => provider.GetRequiredService<THandler>());
        services.AddSingleton(GatewayEventRoute.For<TEvent, THandler>());
        return services;
    }
}
