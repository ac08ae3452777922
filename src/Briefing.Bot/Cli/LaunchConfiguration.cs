using Microsoft.Extensions.Configuration;

namespace Briefing.Bot.Cli;

/// <summary>The sources the host reads (appsettings.json, the environment, the launch overrides), read before any host is built.</summary>
public static class LaunchConfiguration
{
    public static IConfiguration Read(BotLaunchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new ConfigurationBuilder()
            .SetBasePath(settings.ContentRoot ?? BotHost.ResolveContentRoot())
            .AddJsonFile(BotHost.SettingsFile, optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings.Configuration)
            .Build();
    }
}
