using Briefing.Discord.Gateway;
using Briefing.Discord.Interactions;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Briefing.Bot.DiscordTransport;

/// <summary>
/// Registers the bot's slash commands once the gateway is READY (which names the application), through the
/// registrar's single bulk-overwrite PUT that is skipped when the stored hash shows the set unchanged.
/// A failure is retried with a doubling delay (5, 10, 20, 40, 80 s); a rejected token (401) stops it for good.
/// </summary>
public sealed class CommandRegistrationService(
    IGatewaySession session,
    ApplicationCommandRegistrar registrar,
    DiscordCommandDeclarations declarations,
    TimeProvider timeProvider,
    ILogger<CommandRegistrationService> logger) : BackgroundService
{
    internal const int MaxAttempts = 6;
    internal static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await session.WaitUntilReadyAsync(stoppingToken);
        var applicationId = session.ApplicationId ?? session.BotUserId
            ?? throw new InvalidOperationException("READY carried no application id.");
        var commands = declarations.Build();
        try
        {
            await BuildRetry().ExecuteAsync(
                async ct => await registrar.RegisterAsync(applicationId, commands, ct), stoppingToken);
        }
        catch (DiscordUnauthorizedException)
        {
            // The token is wrong; the gateway stops the host. Hammering 401s gets the IP banned.
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Commands registered earlier keep working; the next start tries again.
            DiscordTransportLog.RegistrationAbandoned(logger, MaxAttempts, exception);
        }
    }

    private ResiliencePipeline BuildRetry() => new ResiliencePipelineBuilder { TimeProvider = timeProvider }
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = MaxAttempts - 1,
            Delay = FirstRetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            // One process registers once per start: there is no crowd of clients whose retries need spreading.
            UseJitter = false,
            ShouldHandle = new PredicateBuilder().Handle<Exception>(exception =>
                exception is not (OperationCanceledException or DiscordUnauthorizedException)),
            OnRetry = arguments =>
            {
                // AttemptNumber counts from 0: the attempt that just failed is number AttemptNumber + 1.
                DiscordTransportLog.RegistrationFailed(logger, arguments.AttemptNumber + 1, arguments.RetryDelay, arguments.Outcome.Exception!);
                return ValueTask.CompletedTask;
            },
        })
        .Build();
}
