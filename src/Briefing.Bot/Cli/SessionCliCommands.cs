using System.CommandLine;
using Briefing.Bot.Commands;
using Briefing.Bot.Composition;
using Briefing.Bot.ConsoleTransport;
using Briefing.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Bot.Cli;

/// <summary><c>ask</c>, <c>digest preview</c> and <c>console</c>: the bot's own commands run from the shell.</summary>
internal static class SessionCliCommands
{
    public static IEnumerable<Command> Create(BotLaunchSettings settings)
    {
        yield return Ask(settings);
        yield return Digest(settings);
        yield return ConsoleCommand(settings);
    }

    /// <summary>The interactive local console (or a script): demo library loaded when the library is empty.</summary>
    public static Task<int> RunConsoleAsync(BotLaunchSettings settings, string? scriptPath, CancellationToken cancellationToken)
    {
        if (scriptPath is not null && !File.Exists(scriptPath))
        {
            return ReportAsync(settings, $"--script: {scriptPath}: no such file.");
        }

        return BotHost.RunAsync(BotMode.Console, settings, async (services, token) =>
        {
            var loaded = await services.GetRequiredService<DemoLibraryLoader>().LoadIfEmptyAsync(DemoLibraryLoader.DefaultFolder, token).ConfigureAwait(false);
            if (loaded > 0)
            {
                await settings.Output.Out.WriteLineAsync($"The library was empty: loaded {loaded} fictional demo articles.").ConfigureAwait(false);
            }

            var session = services.GetRequiredService<ConsoleSession>();
            if (scriptPath is null)
            {
                await session.RunAsync(settings.Input, settings.Interactive, token).ConfigureAwait(false);
            }
            else
            {
                using var script = File.OpenText(scriptPath);
                await session.RunAsync(script, interactive: false, token).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }, cancellationToken);
    }

    private static Command Ask(BotLaunchSettings settings)
    {
        var question = new Argument<string>("question") { Description = "Your question" };
        var id = new Option<string?>("--id") { Description = "Answer from this article first" };
        var guild = CliOptionFactory.Guild();
        var command = new Command("ask", "A grounded answer from the library, citing paragraphs") { question, id, guild };
        command.SetAction((parse, ct) => BotHost.RunAsync(BotMode.Cli, settings, async (services, token) =>
        {
            var guildId = CliOptionFactory.ParseGuild(parse.GetValue(guild));
            var text = parse.GetRequiredValue(question);
            BotReply reply;
            if (parse.GetValue(id) is { } idText)
            {
                // The same path as a follow-up in a summary's thread: bind a transient thread to the article.
                var articleId = CliOptionFactory.ParseId(idText, "--id");
                reply = await ActivatorUtilities.CreateInstance<CliThreadAsker>(services).AskAsync(articleId, guildId, text, token).ConfigureAwait(false);
            }
            else
            {
                reply = await services.GetRequiredService<CommandDispatcher>().DispatchAsync(new CommandInvocation
                {
                    Name = CommandCatalogue.Ask,
                    Options = new Dictionary<string, string> { ["question"] = text },
                    GuildId = guildId,
                    ChannelId = ConsoleSession.ChannelId,
                    UserId = ConsoleSession.UserId,
                }, token).ConfigureAwait(false);
            }

            await settings.Output.Out.WriteLineAsync(ConsoleRenderer.Render(reply).TrimEnd()).ConfigureAwait(false);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command Digest(BotLaunchSettings settings)
    {
        var guild = CliOptionFactory.Guild();
        var preview = new Command("preview", "What a digest would list now: articles fetched in the last day") { guild };
        preview.SetAction((parse, ct) => BotHost.RunAsync(BotMode.Cli, settings, async (services, token) =>
        {
            var reply = await services.GetRequiredService<CommandDispatcher>().DispatchAsync(new CommandInvocation
            {
                Name = CommandCatalogue.Digest,
                Subcommand = "preview",
                GuildId = CliOptionFactory.ParseGuild(parse.GetValue(guild)) ?? ConsoleSession.GuildId,
                ChannelId = ConsoleSession.ChannelId,
                UserId = ConsoleSession.UserId,
                CanManageGuild = true,
            }, token).ConfigureAwait(false);
            await settings.Output.Out.WriteLineAsync(ConsoleRenderer.Render(reply with { Ephemeral = false }).TrimEnd()).ConfigureAwait(false);
            return ExitCodes.Ok;
        }, ct));
        return new Command("digest", "Daily digests") { preview };
    }

    private static Command ConsoleCommand(BotLaunchSettings settings)
    {
        var script = new Option<string?>("--script") { Description = "Run the lines of this file (slash commands and follow-up questions) instead of reading the terminal" };
        var command = new Command("console", "The local console: type slash commands as in Discord; plain lines are follow-ups in the last summary's thread") { script };
        command.SetAction((parse, ct) => RunConsoleAsync(settings, parse.GetValue(script), ct));
        return command;
    }

    private static async Task<int> ReportAsync(BotLaunchSettings settings, string line)
    {
        await settings.Output.Error.WriteLineAsync(line).ConfigureAwait(false);
        return ExitCodes.BadInput;
    }
}
