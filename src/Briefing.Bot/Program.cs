using Briefing.Bot.Cli;
using Briefing.Bot.Composition;

// Composition only: the command line (Cli/CliApp) picks the mode (a CLI command, the local console, or the Discord
// bot); Composition/BotHost builds the host for that mode and runs the work on it.
Console.OutputEncoding = System.Text.Encoding.UTF8;
return await new CliApp(new BotLaunchSettings()).RunAsync(args, CancellationToken.None);
