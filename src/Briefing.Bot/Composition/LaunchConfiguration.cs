using Microsoft.Extensions.Configuration;

namespace Briefing.Bot.Composition;

/// <summary>The sources the host reads (appsettings.json, the environment, the launch overrides), read before any host is built.</summary>
public static class LaunchConfiguration
{
    public const string SettingsFile = "appsettings.json";

    public static IConfiguration Read(BotLaunchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new ConfigurationBuilder()
            .SetBasePath(settings.ContentRoot ?? ResolveContentRoot())
            .AddJsonFile(SettingsFile, optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings.Configuration)
            .Build();
    }

    /// <summary>The repository root when run from it (its appsettings.json), otherwise the binary's folder (the container).</summary>
    public static string ResolveContentRoot()
    {
        var current = Directory.GetCurrentDirectory();
        return File.Exists(Path.Combine(current, SettingsFile)) ? current : AppContext.BaseDirectory;
    }
}
