using Briefing.Bot.Cli;
using Briefing.Bot.Composition;
using Briefing.Bot.ConsoleTransport;

namespace Briefing.Bot.Tests.Cli;

/// <summary>Runs lines through <c>console --script</c> on a fresh library in a temp folder (deleted afterwards); returns the exit code and everything printed.</summary>
internal static class ConsoleScript
{
    public static async Task<(int Exit, string Text)> RunAsync(string[] lines)
    {
        using var folder = TempDirectory.Create("console");
        var script = folder.File("script.txt");
        await File.WriteAllLinesAsync(script, lines);
        var output = new StringWriter();
        var exit = await new CliApp(new BotLaunchSettings
        {
            Configuration = BotTestHost.Settings(folder.Path),
            Output = new ConsoleOutput(output, output),
            Input = TextReader.Null,
            Interactive = false,
            ContentRoot = AppContext.BaseDirectory,
        }).RunAsync(["console", "--script", script], CancellationToken.None);
        return (exit, output.ToString());
    }
}
