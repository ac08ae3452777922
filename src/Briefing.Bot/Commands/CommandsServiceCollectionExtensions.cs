using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Bot.Commands;

/// <summary>Registers the Commands area only: handlers, dispatcher, follow-ups, the rate limiter and their options.</summary>
public static class CommandsServiceCollectionExtensions
{
    /// <summary>
    /// Handlers, <see cref="CommandDispatcher"/>, <see cref="FollowUpHandler"/>, the rate limiter and their options.
    /// The transport (console or Discord) registers the <see cref="IChannelDirectory"/> the handlers ask.
    /// </summary>
    public static IServiceCollection AddBotCommands(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CommandOptions>().BindConfiguration(CommandOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LibraryOptions>().BindConfiguration(LibraryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FollowUpOptions>().BindConfiguration(FollowUpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<UserRateLimiter>();
        services.AddSingleton<AutocompleteRateLimiter>();
        services.AddSingleton<ArticleSuggester>();
        services.AddSingleton<ArticleFinder>();
        services.AddSingleton<SubmittedTextReader>();
        services.AddSingleton<ChannelOptionReader>();
        services.AddSingleton<ICommandHandler, SummarizeCommandHandler>();
        services.AddSingleton<ICommandHandler, AskCommandHandler>();
        services.AddSingleton<DigestExplainCommand>();
        services.AddSingleton<ICommandHandler, DigestCommandHandler>();
        services.AddSingleton<ICommandHandler, FeedsCommandHandler>();
        services.AddSingleton<ICommandHandler, LibraryCommandHandler>();
        services.AddSingleton<ICommandHandler, HelpCommandHandler>();
        services.AddSingleton<CommandMetrics>();
        services.AddSingleton<CommandDispatcher>();
        services.AddSingleton<FollowUpHandler>();
        services.AddSingleton<SummaryActionHandler>();
        return services;
    }
}
