using Briefing.Articles;
using Briefing.Bot.Commands;
using Briefing.Bot.ConsoleTransport;
using Briefing.Bot.DiscordTransport;
using Briefing.Bot.Hosting;
using Briefing.Bot.Operations;
using Briefing.Conversations;
using Briefing.Digests;
using Briefing.Feeds;
using Briefing.Ingestion;
using Briefing.Models;
using Briefing.Retrieval;
using Briefing.Storage;
using Briefing.Summaries;
using Briefing.Summaries.Extractive;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Bot.Cli;

/// <summary>Builds the generic host for a mode: configuration (root appsettings.json + environment), logging, and every area's AddX.</summary>
public static class BotHost
{
    public const string SettingsFile = "appsettings.json";

    public static IHost Build(BotMode mode, BotLaunchSettings settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = settings.ContentRoot ?? ResolveContentRoot(),
            // The command line belongs to System.CommandLine; configuration comes from the file and the environment.
            Args = [],
        });
        builder.Configuration.AddInMemoryCollection(settings.Configuration);

        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        // stdout is the product's output (JSON, rendered replies); every log line goes to stderr.
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        if (mode != BotMode.Discord)
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            // A failed start is reported by BotRuntime as one line; the host's own report carries a stack trace.
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        }

        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddSingleton(settings.Output);
        AddProductAreas(services, configuration);
        services.AddBotCommands(configuration);
        services.AddBotHosting(runBackgroundLoops: mode != BotMode.Cli);

        switch (mode)
        {
            case BotMode.Console:
                services.AddConsoleTransport();
                services.AddSingleton<CliThreadAsker>();
                break;
            case BotMode.Discord:
                services.AddDiscordTransport(configuration);
                break;
            default:
                // One-shot commands post nothing to channels; the console poster prints what a digest would post.
                services.AddConsoleTransport();
                services.AddSingleton<CliThreadAsker>();
                break;
        }

        services.AddOperations(configuration, gatewayMode: mode == BotMode.Discord);
        settings.ConfigureServices?.Invoke(services);
        if (!services.Any(descriptor => descriptor.ServiceType == typeof(IChannelPoster)))
        {
            throw new InvalidOperationException("Discord:Token is set, but this build composes no Discord transport; unset Discord:Token to use the local console.");
        }

        return builder.Build();
    }

    /// <summary>The repository root when run from it (its appsettings.json), otherwise the binary's folder (the container).</summary>
    public static string ResolveContentRoot()
    {
        var current = Directory.GetCurrentDirectory();
        return File.Exists(Path.Combine(current, SettingsFile)) ? current : AppContext.BaseDirectory;
    }

    private static void AddProductAreas(IServiceCollection services, IConfiguration configuration)
    {
        services.AddStorage(configuration);
        services.AddRetrieval(configuration);
        services.AddOpenAIEmbeddings(configuration);
        services.AddArticles(configuration);
        services.AddIngestion();
        services.AddFeeds(configuration);
        services.AddModels(configuration);
        services.AddExtractiveSummaries();
        services.AddSummaries(configuration);
        services.AddConversations(configuration);
        services.AddDigests(configuration);
    }
}
