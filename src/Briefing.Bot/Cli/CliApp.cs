using System.CommandLine;
using Briefing.Bot.Composition;

namespace Briefing.Bot.Cli;

/// <summary>
/// The executable's command line (System.CommandLine). With a command it runs that command; with none it runs
/// the Discord bot when <c>Discord:Token</c> is set, else the interactive local console. Every command that needs
/// the product runs on the host <see cref="BotHost"/> builds; exit codes are <see cref="ExitCodes"/>.
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

        root.SetAction((_, ct) => BotHost.DefaultMode(settings) == BotMode.Discord
            ? BotHost.RunDiscordAsync(settings, ct)
            : SessionCliCommands.RunConsoleAsync(settings, scriptPath: null, ct));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await settings.Output.Error.WriteLineAsync(error.Message).ConfigureAwait(false);
            }

            await settings.Output.Error.WriteLineAsync("Run with --help for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = settings.Output.Out, Error = settings.Output.Error }, cancellationToken).ConfigureAwait(false);
    }
}
