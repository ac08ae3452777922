using Briefing.Articles;
using Briefing.Feeds;
using Briefing.Ingestion;
using Briefing.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Briefing.Tests.Articles;

/// <summary>A real test database (SQLite file or PostgreSQL) with AddStorage and AddIngestion registered on it.</summary>
internal static class IngestionDatabase
{
    /// <summary>Settings for the tests that are about fetching itself: the loopback site is a private address.</summary>
    public static readonly Dictionary<string, string?> LoopbackAllowed = new()
    {
        [$"{IngestionOptions.Section}:AllowPrivateNetworks"] = "true",
    };

    public static Task<TestDatabase> CreateAsync(DatabaseFixture fixture, string provider) =>
        // AddIngestion and AddFeeds bind from the provider's IConfiguration, which TestDatabase fills (plus any extra settings).
        fixture.CreateAsync(provider, services =>
        {
            var configuration = new ConfigurationBuilder().Build();
            services.AddArticles(configuration).AddIngestion().AddFeeds(configuration);
        });

    public static T Get<T>(this ServiceProvider services) where T : notnull => services.GetRequiredService<T>();
}
