using Briefing.Articles;
using Briefing.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Tests.Articles;

/// <summary>A real test database (SQLite file or PostgreSQL) with AddLibrary and AddIngestion registered on it.</summary>
internal static class IngestionDatabase
{
    /// <summary>Settings for the tests that are about fetching itself: the loopback site is a private address.</summary>
    public static readonly Dictionary<string, string?> LoopbackAllowed = new()
    {
        [$"{IngestionOptions.Section}:AllowPrivateNetworks"] = "true",
    };

    public static Task<TestDatabase> CreateAsync(DatabaseFixture fixture, string provider) =>
        // AddIngestion binds from the provider's IConfiguration, which TestDatabase fills (plus any extra settings).
        fixture.CreateAsync(provider, services => services.AddIngestion(new ConfigurationBuilder().Build()));

    public static T Get<T>(this ServiceProvider services) where T : notnull => services.GetRequiredService<T>();
}
