using Briefing.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Bot.Hosting;

/// <summary>
/// THE place where the Discord transport is composed when <c>Discord:Token</c> is set. The transport glue registers
/// here: the gateway hosted service, an <see cref="IChannelPoster"/> that posts with nonce + enforce_nonce,
/// interactions mapped to <see cref="Commands.CommandInvocation"/> and sent to <see cref="Commands.CommandDispatcher"/>,
/// thread messages sent to <see cref="Commands.FollowUpHandler"/>, and <see cref="Commands.CommandCatalogue"/>
/// registered as application commands.
/// </summary>
public static class DiscordTransportComposition
{
    public static IServiceCollection AddDiscordTransport(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return global::Briefing.Bot.Discord.DiscordTransportServiceCollectionExtensions.AddDiscordTransport(services, configuration);
    }

    /// <summary>True once a transport has registered its <see cref="IChannelPoster"/> (the Discord glue, or the console).</summary>
    public static bool HasChannelPoster(this IServiceCollection services) =>
        services.Any(d => d.ServiceType == typeof(IChannelPoster));
}
