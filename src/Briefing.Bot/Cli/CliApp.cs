using System.CommandLine;
using Briefing.Bot.DiscordTransport;

namespace Briefing.Bot.Cli;

/// <summary>
/// The executable's command line (System.CommandLine). With a command it runs that command; with none it runs
/// the Discord bot when <c>Discord:Token</c> is set, else the interactive local console.
/// Exit codes: 0 ok, 1 bad input, 2 usage.
/// </summary>
public sealed class CliApp(BotLaunchSettings settings)
{
    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var root = new RootCommand("Briefing: summarizes the argument of articles, posts digests, answers follow-up questions. "
            + "Without a command: the Discord bot when Discord:Token is set, otherwise the local console.");
        foreach (var command in LibraryCliCommands.Create(settings).Concat(SummarizeCliCommand.Create(settings)).Concat(SessionCliCommands.Create(settings)).Append(HealthProbeCommand.Create(settings)))
        {
            root.Subcommands.Add(command);
        }

        root.SetAction((_, ct) => HasDiscordToken()
            ? BotRuntime.RunDiscordAsync(settings, ct)
            : SessionCliCommands.RunConsoleAsync(settings, scriptPath: null, ct));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await settings.Output.Error.WriteLineAsync(error.Message).ConfigureAwait(false);
            }

            await settings.Output.Error.WriteLineAsync("Run with --help for usage.").ConfigureAwait(false);
            return BotRuntime.Usage;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = settings.Output.Out, Error = settings.Output.Error }, cancellationToken).ConfigureAwait(false);
    }

    private bool HasDiscordToken()
    {
        // Read the same sources the host reads, before deciding which host to build.
        var configuration = LaunchConfiguration.Read(settings);
        return !string.IsNullOrWhiteSpace(configuration[DiscordTransportServiceCollectionExtensions.TokenKey]);
    }
}
