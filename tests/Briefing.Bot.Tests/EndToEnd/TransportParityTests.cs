using System.Text.RegularExpressions;
using Briefing.Bot.Cli;
using Briefing.Bot.Composition;
using Briefing.Bot.ConsoleTransport;
using Briefing.Bot.Tests.FakeDiscord;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>The local console, run with a script, shows the same summary the Discord transport posted.</summary>
public sealed partial class TransportParityTests : FakeDiscordTest
{
    private readonly string _script = Path.GetTempFileName();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(_script);
    }

    [Fact]
    public async Task The_console_script_prints_the_thesis_points_and_counterpointsDiscordServer_received()
    {
        RecordedRequest edit;
        await using (var bot = await BotOnFakeDiscord.StartAsync(DiscordServer, DatabasePath))
        {
            await bot.AddArticleAsync(TestArticles.Bridges);
            await bot.AddArticleAsync(TestArticles.Tides);
            var interaction = await DiscordServer.SendCommandAsync(FakeSlashCommand.String("summarize", "query", "bridges repair budget"), CancellationToken.None);
            edit = await DiscordServer.WaitForAnswerAsync(interaction, BotOnFakeDiscord.Timeout);
        }
        await File.WriteAllTextAsync(_script, "/summarize bridges repair budget\n");
        var output = new StringWriter();
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "sqlite", ["Storage:ConnectionString"] = $"Data Source={DatabasePath}", ["OpenAI:ApiKey"] = "" };

        var exitCode = await SessionCliCommands.RunConsoleAsync(new BotLaunchSettings
        {
            Configuration = settings,
            Output = new ConsoleOutput(output, TextWriter.Null),
            Interactive = false,
            ContentRoot = AppContext.BaseDirectory,
            ConfigureServices = services => BotOnFakeDiscord.EnsureProductAreas(services, settings),
        }, _script, CancellationToken.None);

        Assert.Equal(0, exitCode);
        var console = Normalize(output.ToString());
        var fields = edit.BodyObject!["embeds"]![0]!["fields"]!.AsArray();
        Assert.Equal(["Thesis", "Key points", "Counterpoints"], fields.Select(f => (string)f!["name"]!).ToArray());
        Assert.All(fields, field => Assert.Contains(Normalize((string)field!["value"]!), console, StringComparison.Ordinal));
        Assert.Contains("Bridges Before Ribbons", console, StringComparison.Ordinal);
    }

    /// <summary>Drops the console's frame and quote markers and collapses whitespace (line wrapping differs).</summary>
    private static string Normalize(string text) => Whitespace().Replace(text.Replace('│', ' ').Replace("> ", " ", StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
