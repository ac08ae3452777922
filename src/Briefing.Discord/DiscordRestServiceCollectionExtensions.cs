using Briefing.Discord.Diagnostics;
using System.Reflection;
using Briefing.Discord.Interactions;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Briefing.Discord;

/// <summary>
/// Registers the Discord REST client, its rate limiter, the interaction responder factory and command registration.
/// The caller registers the <see cref="ICommandRegistrationStateStore"/> that command registration needs (the bot
/// keeps it in its database), because a store that forgets on restart would PUT the commands on every start.
/// </summary>
public static class DiscordRestServiceCollectionExtensions
{
    /// <summary>The named HttpClient the REST client uses.</summary>
    public const string HttpClientName = "Discord";

    /// <summary>Connections to Discord's API at once (HTTP/1.1: one request in flight per connection).</summary>
    public const int MaxConnections = 64;

    public static IServiceCollection AddDiscordRest(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<InteractionOptions>().BindConfiguration(InteractionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<DiscordMetrics>();
        services.TryAddSingleton<DiscordRateLimiter>();
        services.AddHttpClient<IDiscordRestClient, DiscordRestClient>(HttpClientName, (provider, client) =>
        {
            var options = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
            // Discord requires "DiscordBot (url, version)"; other agents may be blocked.
            client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", $"DiscordBot ({options.UserAgentUrl}, {Version})");
        })
            // A burst of interactions is acknowledged within the ack budget all at once: without a cap each concurrent request
            // opens its own HTTP/1.1 connection, and a thousand simultaneous connects overflow the server's accept queue
            // (SYN retries after 1 s, 3 s: late acks). Requests beyond the cap wait a few milliseconds for a pooled one.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { MaxConnectionsPerServer = MaxConnections })
            // The factory's request logging prints whole URIs, and interaction routes carry the interaction token
            // in the path; the client and the rate limiter log failures by route template instead.
            .RemoveAllLoggers()
            // Inside HttpClient, so within one rate-limiter attempt: the limiter still sees every 429 (never
            // retried here) and only the final answer of a 5xx series.
            .AddResilienceHandler(ServerErrorRetry.PipelineName, ServerErrorRetry.Configure);
        services.TryAddTransient<IGatewayBotSource>(provider => provider.GetRequiredService<IDiscordRestClient>());
        // Transient like the typed client they hold, so IHttpClientFactory can rotate its handlers.
        services.TryAddTransient<IInteractionResponderFactory, InteractionResponderFactory>();
        services.TryAddTransient<ApplicationCommandRegistrar>();
        return services;
    }

    private static string Version { get; } =
        typeof(DiscordRestServiceCollectionExtensions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "1.0.0";
}
