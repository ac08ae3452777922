using Briefing.Bot.ConsoleTransport;

namespace Briefing.Bot.Tests.ConsoleTransport;

/// <summary>Runs lines through the console session of a test host, as a script would, and returns what it printed.</summary>
internal static class ConsoleSessionRun
{
    public static async Task<string> RunAsync(string[] lines, IReadOnlyDictionary<string, string?>? configuration = null)
    {
        await using var bot = await BotTestHost.StartAsync(configuration: configuration);
        await bot.Services.GetRequiredService<ConsoleSession>().RunAsync(new StringReader(string.Join('\n', lines)), interactive: false, CancellationToken.None);
        return bot.Output.ToString();
    }
}
