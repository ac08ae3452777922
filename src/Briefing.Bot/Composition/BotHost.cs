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
using Microsoft.Extensions.Options;

namespace Briefing.Bot.Composition;

/// <summary>
/// The composition root: builds the generic host for a mode (configuration from the root appsettings.json and the
/// environment, logging, every area's AddX once), and runs one piece of work on it: start (options validated,
/// database migrated), work, graceful stop. Start-up problems and bad input end as ONE line on stderr and exit
/// code 1, never a stack trace.
/// </summary>
public static class BotHost
{
    /// <summary>The mode of a run without a command: the Discord bot when <c>Discord:Token</c> is set, else the local console.</summary>
    public static BotMode DefaultMode(BotLaunchSettings settings)
    {
        // Read the same sources the host reads, before deciding which host to build.
        var configuration = LaunchConfiguration.Read(settings);
        return string.IsNullOrWhiteSpace(configuration[DiscordTransportServiceCollectionExtensions.TokenKey]) ? BotMode.Console : BotMode.Discord;
    }

    public static IHost Build(BotMode mode, BotLaunchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = settings.ContentRoot ?? LaunchConfiguration.ResolveContentRoot(),
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
            // A failed start is reported by RunAsync as one line; the host's own report carries a stack trace.
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        }

        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddSingleton(settings.Output);
        AddProductAreas(services, configuration);
        services.AddBotCommands(configuration);
        services.AddBotHosting(runBackgroundLoops: mode != BotMode.Cli);
        if (mode == BotMode.Discord)
        {
            services.AddDiscordTransport(configuration);
        }
        else
        {
            // One-shot commands post nothing to channels; the console poster prints what a digest would post.
            services.AddConsoleTransport();
            // The console has one user, the bot's owner: the per-user limit guards a shared bot against one member, not
            // the owner against a run of follow-up questions. A limit set in the configuration still applies.
            if (configuration[$"{CommandOptions.Section}:{nameof(CommandOptions.RateLimitPermits)}"] is null)
            {
                services.PostConfigure<CommandOptions>(options => options.RateLimitPermits = CommandOptions.MaxRateLimitPermits);
            }
        }

        services.AddOperations(configuration, gatewayMode: mode == BotMode.Discord);
        settings.ConfigureServices?.Invoke(services);
        if (!services.Any(descriptor => descriptor.ServiceType == typeof(IChannelPoster)))
        {
            throw new InvalidOperationException("Discord:Token is set, but this build composes no Discord transport; unset Discord:Token to use the local console.");
        }

        return builder.Build();
    }

    /// <summary>Builds and starts the host for <paramref name="mode"/>, runs <paramref name="work"/>, stops; returns the exit code.</summary>
    public static async Task<int> RunAsync(BotMode mode, BotLaunchSettings settings, Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(work);
        IHost? host = null;
        try
        {
            host = Build(mode, settings);
            // Validated here first (StartAsync would do it too, but would also log the failure with a stack trace).
            host.Services.GetService<IStartupValidator>()?.Validate();
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            host?.Dispose();
            var line = ConfigurationErrors.TryDescribe(ex, out var described) ? described : "Start-up failed: " + FirstLine(ex.Message);
            await settings.Output.Error.WriteLineAsync(line).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        try
        {
            return await work(host.Services, cancellationToken).ConfigureAwait(false);
        }
        catch (IngestionException ex)
        {
            await settings.Output.Error.WriteLineAsync(FirstLine(ex.Message)).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (BadInputException ex)
        {
            await settings.Output.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Ok;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
            host.Dispose();
        }
    }

    /// <summary>The Discord bot: runs until Ctrl+C / SIGTERM.</summary>
    public static Task<int> RunDiscordAsync(BotLaunchSettings settings, CancellationToken cancellationToken) =>
        RunAsync(BotMode.Discord, settings, async (services, ct) =>
        {
            await services.GetRequiredService<IHost>().WaitForShutdownAsync(ct).ConfigureAwait(false);
            // A fatal stop (rejected token, impossible gateway close code) set a non-zero code; Main returns this value, so pass it on.
            return Environment.ExitCode != 0 ? Environment.ExitCode : ExitCodes.Ok;
        }, cancellationToken);

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

    private static string FirstLine(string message) => message.Split('\n', 2)[0].TrimEnd();
}
