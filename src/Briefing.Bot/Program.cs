using Briefing.Bot.Cli;

// Composition only: the command line picks the mode (a CLI command, the local console, or the Discord bot),
// BotHost composes the areas, BotRuntime starts and stops the host.
Console.OutputEncoding = System.Text.Encoding.UTF8;
return await new CliApp(new BotLaunchSettings()).RunAsync(args, CancellationToken.None);
