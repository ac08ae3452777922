using Briefing.Bot.Composition;
using Briefing.Bot.ConsoleTransport;
using Briefing.Bot.Sharding;
using Briefing.Discord.Gateway;

namespace Briefing.Bot.Tests.Sharding;

/// <summary>The Discord host paces IDENTIFY through the database on PostgreSQL (shared by instances) and in memory on SQLite.</summary>
public sealed class ShardCoordinationCompositionTests
{
    [Theory]
    [InlineData("postgres", "Host=127.0.0.1;Port=1;Database=unused", true)]
    [InlineData("sqlite", "Data Source=unused.db", false)]
    public void The_identify_coordinator_follows_the_storage_provider(string provider, string connectionString, bool shared)
    {
        using var host = BotHost.Build(BotMode.Discord, new BotLaunchSettings
        {
            Configuration = new Dictionary<string, string?>
            {
                ["Discord:Token"] = "token-never-used",
                ["Storage:Provider"] = provider,
                ["Storage:ConnectionString"] = connectionString,
                ["Health:Urls"] = "off",
            },
            Output = new ConsoleOutput(TextWriter.Null, TextWriter.Null),
            Interactive = false,
            ContentRoot = AppContext.BaseDirectory,
        });

        // Resolving builds the coordinator only; nothing connects to the database until a turn is asked for.
        var coordinator = host.Services.GetRequiredService<IIdentifyCoordinator>();

        Assert.Equal(shared, coordinator is DatabaseIdentifyCoordinator);
    }
}
