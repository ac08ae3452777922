using Briefing.Discord.Gateway;
using Briefing.Discord.Interactions;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Bot.Discord;

/// <summary>
/// Registers the bot's slash commands once the gateway is READY (which names the application), through the
/// registrar's single bulk-overwrite PUT that is skipped when the stored hash shows the set unchanged.
/// A failure is retried with a growing delay; a rejected token (401) stops it for good.
/// </summary>
public sealed class CommandRegistrationService(
    IGatewaySession session,
    ApplicationCommandRegistrar registrar,
    DiscordCommandDeclarations declarations,
    TimeProvider timeProvider,
    ILogger<CommandRegistrationService> logger) : BackgroundService
{
    private const int MaxAttempts = 6;
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await session.WaitUntilReadyAsync(stoppingToken);
        var applicationId = session.ApplicationId ?? session.BotUserId
            ?? throw new InvalidOperationException("READY carried no application id.");
        var commands = declarations.Build();
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            try
            {
                await registrar.RegisterAsync(applicationId, commands, stoppingToken);
                return;
            }
            catch (DiscordUnauthorizedException)
            {
                // The token is wrong; the gateway stops the host. Hammering 401s gets the IP banned.
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                if (attempt == MaxAttempts)
                {
                    // Commands registered earlier keep working; the next start tries again.
                    DiscordTransportLog.RegistrationAbandoned(logger, attempt, exception);
                    return;
                }
                var delay = FirstRetryDelay * Math.Pow(2, attempt - 1);
                DiscordTransportLog.RegistrationFailed(logger, attempt, delay, exception);
                await Task.Delay(delay, timeProvider, stoppingToken);
            }
        }
    }
}
