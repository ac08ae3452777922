using Briefing.Bot.Cli;
using Briefing.Bot.ConsoleTransport;

namespace Briefing.Bot.Tests.Cli;

public sealed class ConsoleScriptTests
{
    [Fact]
    public async Task A_script_loads_the_demo_library_summarizes_answers_a_follow_up_and_previews_a_digest()
    {
        var (exit, text) = await RunScriptAsync(
        [
            "# comments and blank lines are skipped",
            "/summarize north korea",
            "What are the allies advised to plan for?",
            "/digest preview",
            "/digest subscribe channel:200 time:07:30 timezone:America/New_York",
            "/quit",
            "/help",
        ]);

        Assert.Equal(0, exit);
        Assert.Contains("The library was empty: loaded 6 fictional demo articles.", text, StringComparison.Ordinal);
        Assert.Contains("> /summarize north korea", text, StringComparison.Ordinal);
        Assert.Contains("┌─ Pyongyang's 'No Talks' Statement Is a Bid for Time", text, StringComparison.Ordinal);
        Assert.Matches(@"│  Thesis\n│    [^\n]*playing out the clock", text);
        Assert.Contains("[thread opened: Discuss: Pyongyang's 'No Talks' Statement Is a Bid for Time", text, StringComparison.Ordinal);
        Assert.Matches(@"> What are the allies advised to plan for\?\n┌─\n│  ¶\d+: “[^”]*long wait", text);
        Assert.Contains("Preview (no digest is set up here; this is everything new in the last day):", text, StringComparison.Ordinal);
        Assert.Contains("Drought Rules Should Follow the Water, Not the Paperwork", text, StringComparison.Ordinal);
        Assert.Contains("Subscribed #200: daily at 07:30 America/New_York, all topics", text, StringComparison.Ordinal);
        Assert.DoesNotContain("> /help", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_typed_by_name_is_the_console_channel_for_subscribing_and_posting()
    {
        var (exit, text) = await RunScriptAsync(
        [
            "/digest subscribe channel:#news time:07:30 timezone:Europe/Berlin",
            "/digest now channel:#news",
        ]);

        Assert.Equal(0, exit);
        Assert.Contains("Subscribed #console: daily at 07:30 Europe/Berlin, all topics", text, StringComparison.Ordinal);
        Assert.Contains("[posted to #console]\n┌─ Digest: 6 new article(s)", text, StringComparison.Ordinal);
        Assert.Contains("Posted the digest to #console.", text, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Text)> RunScriptAsync(string[] lines)
    {
        var folder = Directory.CreateTempSubdirectory("briefing-console-").FullName;
        var script = Path.Combine(folder, "script.txt");
        await File.WriteAllLinesAsync(script, lines);
        var output = new StringWriter();

        var exit = await new CliApp(new BotLaunchSettings
        {
            Configuration = BotTestHost.Settings(folder),
            Output = new ConsoleOutput(output, output),
            Input = TextReader.Null,
            Interactive = false,
            ContentRoot = AppContext.BaseDirectory,
        }).RunAsync(["console", "--script", script], CancellationToken.None);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return (exit, output.ToString());
    }
}
