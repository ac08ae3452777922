using Briefing.Articles;
using Briefing.Feeds;
using Briefing.Ingestion;
using Microsoft.Extensions.Configuration;

namespace Briefing.Tests.Articles;

/// <summary>Builds the real ingestion registrations (AddIngestion) over in-memory configuration.</summary>
public static class IngestionTestServices
{
    public static ServiceProvider Build(
        bool allowPrivateNetworks,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Ingestion:AllowPrivateNetworks"] = allowPrivateNetworks ? "true" : "false",
            ["Ingestion:Timeout"] = "00:00:10",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            // null removes a key, leaving the option at its default.
            if (value is null)
            {
                values.Remove(key);
            }
            else
            {
                values[key] = value;
            }
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddArticles(configuration).AddIngestion();
        services.AddFeeds(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true });
    }
}
