using Briefing.Bot.Cli;
using Briefing.Bot.Composition;
using Briefing.Bot.ConsoleTransport;

namespace Briefing.Bot.Tests.Sharding;

/// <summary>A bad <c>Discord:ShardIds</c> stops the Discord bot at start with one line naming the key, before it connects anywhere.</summary>
public sealed class ShardConfigurationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-shards-").FullName;

    [Theory]
    [InlineData("0-4", "4", "Configuration error: Discord:ShardIds: shard 4 is outside 0-3 (Discord:ShardCount is 4)")]
    [InlineData("0-1,x", "4", "Configuration error: Discord:ShardIds: 'x' is not a shard id or a range such as 0-3")]
    [InlineData("1,1", "2", "Configuration error: Discord:ShardIds: shard 1 is listed twice")]
    public async Task A_bad_shard_list_is_one_line_naming_the_key(string shardIds, string shardCount, string expected)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var settings = new BotLaunchSettings
        {
            Configuration = new Dictionary<string, string?>
            {
                ["Discord:Token"] = "token-never-used",
                // Nothing listens here: a bot that got past validation would only log connection failures.
                ["Discord:ApiBaseUrl"] = "http://127.0.0.1:9/api/v10",
                ["Discord:ShardIds"] = shardIds,
                ["Discord:ShardCount"] = shardCount,
                ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_folder, "briefing.db")}",
                ["Health:Urls"] = "off",
            },
            Output = new ConsoleOutput(output, error),
            Input = TextReader.Null,
            Interactive = false,
            ContentRoot = AppContext.BaseDirectory,
        };

        var exitCode = await new CliApp(settings).RunAsync([], CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, exitCode);
        Assert.Equal(expected, error.ToString().Trim());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
