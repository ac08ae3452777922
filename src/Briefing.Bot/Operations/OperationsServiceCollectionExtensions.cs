using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Briefing.Bot.Operations;

/// <summary>What an operator watches: health checks and their endpoints, and metrics export.</summary>
public static class OperationsServiceCollectionExtensions
{
    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration, bool gatewayMode)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var checks = services.AddHealthChecks().AddCheck<DatabaseReadinessCheck>("database", tags: [ReadinessTags.Ready]);
        if (gatewayMode)
        {
            checks.AddCheck<GatewayReadinessCheck>("gateway", tags: [ReadinessTags.Ready]);
        }

        var urls = HealthOptions.Resolve(configuration[$"{HealthOptions.Section}:{nameof(HealthOptions.Urls)}"], gatewayMode);
        // Serving Discord's interactions endpoint, the web host listens where ASP.NET Core's standard Urls setting says, and
        // must: without it the bot would run deaf.
        var servesInteractions = HealthOptions.ServesInteractions(configuration);
        if (servesInteractions)
        {
            urls = configuration["Urls"] ?? Environment.GetEnvironmentVariable("ASPNETCORE_URLS") ?? urls ?? HealthOptions.DefaultUrls;
        }
        if (urls is not null)
        {
            services.AddSingleton(provider => new HealthEndpointService(
                urls, provider.GetRequiredService<HealthCheckService>(), provider.GetRequiredService<ILogger<HealthEndpointService>>(),
                provider.GetServices<IHttpEndpoint>(), required: servesInteractions));
            services.AddHostedService(provider => provider.GetRequiredService<HealthEndpointService>());
        }

        services.AddTelemetry(configuration);
        return services;
    }
}
