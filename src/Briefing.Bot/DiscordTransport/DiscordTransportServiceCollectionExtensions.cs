using Briefing.Bot.Hosting;
using Briefing.Bot.Operations;
using Briefing.Bot.Sharding;
using Briefing.Discord;
using Briefing.Discord.Gateway;
using Briefing.Discord.Interactions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Briefing.Bot.DiscordTransport;

/// <summary>
/// The one place the bot is composed on Discord (when <c>Discord:Token</c> is set): the adapter (gateway + REST)
/// and the glue between it and the product. BotHost only calls <see cref="AddDiscordTransport"/>.
/// </summary>
public static class DiscordTransportServiceCollectionExtensions
{
    /// <summary>The configuration key whose presence selects this transport (the bot token).</summary>
    public const string TokenKey = $"{DiscordOptions.Section}:{nameof(DiscordOptions.Token)}";

    /// <summary>
    /// Registers the Discord gateway and REST client, the INTERACTION_CREATE and MESSAGE_CREATE handlers, the
    /// digest poster (<see cref="IChannelPoster"/> with nonce + enforce_nonce), the command declarations from the
    /// command catalogue, their registration once READY arrives, and the registration hash kept in the database.
    /// Call when <c>Discord:Token</c> is set, after the product areas (library, summaries, commands).
    /// </summary>
    public static IServiceCollection AddDiscordTransport(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddDiscordRest(configuration);
        services.AddSingleton<ICommandRegistrationStateStore, KeyValueCommandRegistrationStateStore>();
        services.AddDiscordGateway(configuration);
        services.AddShardCoordination(configuration);
        // A 401 on the bot token stops the host (the gateway alone would keep a bot that can no longer answer).
        services.AddHostedService<DiscordTokenRejectionService>();

        services.TryAddSingleton<DiscordCommandDeclarations>();
        services.TryAddSingleton<IDeferralVisibility, CatalogueDeferralVisibility>();
        services.TryAddSingleton<IInteractionAdmission, CommandAdmission>();
        services.AddOptions<InteractionProgressOptions>()
            .BindConfiguration(InteractionProgressOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<InteractionReplySender>();
        services.AddScoped<AutocompleteInteractionHandler>();
        services.AddScoped<ComponentInteractionHandler>();
        services.AddGatewayEventHandler<InteractionCreate, InteractionCreateHandler>();
        services.AddGatewayEventHandler<MessageCreate, ThreadMessageHandler>();
        services.Replace(ServiceDescriptor.Singleton<IChannelPoster, DiscordChannelPoster>());
        services.Replace(ServiceDescriptor.Singleton<Commands.IChannelDirectory, DiscordChannelDirectory>());
        services.AddHostedService<CommandRegistrationService>();
        if (HealthOptions.ServesInteractions(configuration)) AddHttpInteractions(services);
        return services;
    }

    /// <summary>POST /interactions on the web host, verified with Discord:PublicKey (checked at start-up).</summary>
    private static void AddHttpInteractions(IServiceCollection services)
    {
        services.AddOptions<DiscordOptions>().Validate(
            options => options.PublicKey is { Length: 64 } key && key.All(char.IsAsciiHexDigit),
            "Discord:PublicKey must be the application's public key (64 hex digits) when Discord:Interactions:Mode is http.");
        services.TryAddSingleton(provider => new InteractionSignatureVerifier(provider.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey!));
        services.TryAddTransient<InteractionEndpoint>();
        services.AddSingleton<IHttpEndpoint, HttpInteractionsEndpoint>();
    }
}
