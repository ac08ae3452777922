using Briefing.Discord.Diagnostics;
using Briefing.Discord.Gateway;
using Briefing.Discord.Interactions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Discord;

/// <summary>Registers the Discord gateway: shard service, event queue and dispatcher, and <see cref="IGatewaySession"/>.</summary>
public static class DiscordGatewayServiceCollectionExtensions
{
    /// <summary>
    /// Adds the gateway hosted services. Call only when <c>Discord:Token</c> is set; <see cref="IGatewayBotSource"/> (the
    /// REST client) and the typed event handlers (<see cref="GatewayEventHandlerServiceCollectionExtensions"/>) are registered elsewhere.
    /// </summary>
    public static IServiceCollection AddDiscordGateway(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DiscordGatewayOptions>().BindConfiguration(DiscordGatewayOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<InteractionOptions>().BindConfiguration(InteractionOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IJitterSource, SharedRandomJitterSource>();
        services.TryAddSingleton<GatewayShardSet>();
        services.TryAddSingleton<IGatewaySession>(provider => provider.GetRequiredService<GatewayShardSet>());
        services.TryAddSingleton<IGatewayConnectionStatus>(provider => provider.GetRequiredService<GatewayShardSet>());
        services.AddMetrics();
        services.TryAddSingleton<DiscordMetrics>();
        services.TryAddSingleton<InteractionLane>();
        services.TryAddSingleton<IInteractionInbox>(provider => provider.GetRequiredService<InteractionLane>());
        services.TryAddSingleton<IInteractionActivity>(provider => provider.GetRequiredService<InteractionLane>());
        services.TryAddSingleton<GatewayEventQueue>();
        // In memory unless the host registered a shared one first (several instances on one database).
        services.TryAddSingleton<IIdentifyCoordinator, LocalIdentifyCoordinator>();
        services.TryAddSingleton<IdentifyGate>();
        services.TryAddSingleton<GatewayBotInfoLoader>();
        services.AddHostedService<GatewayEventDispatcher>();
        services.AddHostedService<DiscordGatewayService>();
        return services;
    }
}
