using Briefing.Bot.Cli;
using Briefing.Bot.Commands;
using Briefing.Digests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Bot.Hosting;

/// <summary>Registers the bot's own pieces: command handlers, dispatcher, follow-ups, the console transport, hosted loops.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>Handlers, <see cref="CommandDispatcher"/>, <see cref="FollowUpHandler"/>, the rate limiter and their options.</summary>
    public static IServiceCollection AddBotCommands(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CommandOptions>().BindConfiguration(CommandOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LibraryOptions>().BindConfiguration(LibraryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FollowUpOptions>().BindConfiguration(FollowUpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<UserRateLimiter>();
        services.AddSingleton<ArticleFinder>();
        // The console is one server; the Discord transport replaces this with a lookup that asks Discord.
        services.TryAddSingleton<IChannelDirectory, ConsoleChannelDirectory>();
        services.AddSingleton<ChannelOptionReader>();
        services.AddSingleton<ICommandHandler, SummarizeCommandHandler>();
        services.AddSingleton<ICommandHandler, AskCommandHandler>();
        services.AddSingleton<ICommandHandler, DigestCommandHandler>();
        services.AddSingleton<ICommandHandler, FeedsCommandHandler>();
        services.AddSingleton<ICommandHandler, LibraryCommandHandler>();
        services.AddSingleton<ICommandHandler, HelpCommandHandler>();
        services.AddSingleton<CommandMetrics>();
        services.AddSingleton<CommandDispatcher>();
        services.AddSingleton<FollowUpHandler>();
        services.AddSingleton<DemoLibraryLoader>();
        services.AddSingleton<IDigestPublisher, ChannelDigestPublisher>();
        return services;
    }

    /// <summary>The local console: digests are printed, commands are read from a terminal or a script.</summary>
    public static IServiceCollection AddConsoleTransport(this IServiceCollection services)
    {
        services.TryAddSingleton(new ConsoleOutput(Console.Out, Console.Error));
        services.AddSingleton<IChannelPoster, ConsoleChannelPoster>();
        services.AddSingleton<ConsoleSession>();
        services.AddSingleton<CliThreadAsker>();
        return services;
    }

    /// <summary>The long-running loops of a running bot (console or Discord): digest scheduler and feed poller.</summary>
    public static IServiceCollection AddBotBackgroundServices(this IServiceCollection services)
    {
        services.AddHostedService<DigestSchedulerService>();
        services.AddHostedService<FeedPollerService>();
        return services;
    }
}
