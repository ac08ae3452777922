using Briefing.Bot.Cli;
using Briefing.Bot.ConsoleTransport;

namespace Briefing.Bot.Tests.ConsoleTransport;

/// <summary>The console prints status lines for a person at the terminal and keeps a script's output to its replies.</summary>
public sealed class ConsoleProgressTests
{
    private static readonly string Lines = string.Join('\n',
        "/digest subscribe channel:#news time:07:30 timezone:Europe/Berlin",
        "/digest now channel:#news",
        "/quit");

    [Fact]
    public async Task An_interactive_session_prints_the_status_before_the_reply()
    {
        await using var bot = await BotTestHost.StartAsync();

        await bot.Services.GetRequiredService<ConsoleSession>().RunAsync(new StringReader(Lines), interactive: true, CancellationToken.None);

        var text = bot.Output.ToString();
        var status = text.IndexOf("… Composing and posting the digest…", StringComparison.Ordinal);
        Assert.True(status >= 0, text);
        Assert.True(status < text.IndexOf("Posted the digest to #console.", StringComparison.Ordinal), text);
    }

    [Fact]
    public async Task A_script_prints_no_status_lines()
    {
        await using var bot = await BotTestHost.StartAsync();

        await bot.Services.GetRequiredService<ConsoleSession>().RunAsync(new StringReader(Lines), interactive: false, CancellationToken.None);

        var text = bot.Output.ToString();
        Assert.Contains("Posted the digest to #console.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("… Composing", text, StringComparison.Ordinal);
    }
}
