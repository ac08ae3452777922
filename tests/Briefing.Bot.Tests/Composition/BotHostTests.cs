using Briefing.Bot.Composition;
using Briefing.Bot.ConsoleTransport;
using Briefing.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Bot.Tests.Composition;

/// <summary>The composition root: which host a run without a command builds, and how a run's outcome becomes an exit code.</summary>
public sealed class BotHostTests
{
    [Theory]
    [InlineData(null, BotMode.Console)]
    [InlineData(" ", BotMode.Console)]
    [InlineData("test-token", BotMode.Discord)]
    public void A_run_without_a_command_is_the_Discord_bot_only_with_a_token(string? token, BotMode expected)
    {
        using var temp = TempDirectory.Create("bothost");

        Assert.Equal(expected, BotHost.DefaultMode(Settings(temp.Path, TextWriter.Null, token)));
    }

    [Fact]
    public async Task Bad_input_from_the_work_is_its_message_on_one_line_and_exit_code_1()
    {
        using var temp = TempDirectory.Create("bothost");
        using var error = new StringWriter();

        var exitCode = await BotHost.RunAsync(BotMode.Cli, Settings(temp.Path, error), (_, _) => throw new BadInputException("--id: there is no article #7."), CancellationToken.None);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Equal("--id: there is no article #7.", error.ToString().Trim());
    }

    [Fact]
    public async Task A_command_runs_on_a_started_host_that_posts_to_the_console_and_its_exit_code_is_returned()
    {
        using var temp = TempDirectory.Create("bothost");
        using var error = new StringWriter();
        Type? poster = null;

        var exitCode = await BotHost.RunAsync(BotMode.Cli, Settings(temp.Path, error), (services, _) =>
        {
            poster = services.GetRequiredService<IChannelPoster>().GetType();
            return Task.FromResult(ExitCodes.Usage);
        }, CancellationToken.None);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Equal(typeof(ConsoleChannelPoster), poster);
        Assert.Empty(error.ToString());
    }

    // A temp database; the token is set explicitly so an environment variable cannot decide the mode.
    private static BotLaunchSettings Settings(string folder, TextWriter error, string? token = null) => new()
    {
        Configuration = new Dictionary<string, string?>(BotTestHost.Settings(folder)) { ["Discord:Token"] = token },
        Output = new ConsoleOutput(TextWriter.Null, error),
        Input = TextReader.Null,
        ContentRoot = folder,
    };
}
