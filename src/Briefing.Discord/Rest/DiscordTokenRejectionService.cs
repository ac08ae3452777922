using Briefing.Discord.Gateway;
using Microsoft.Extensions.Hosting;

namespace Briefing.Discord.Rest;

/// <summary>
/// Stops the host with a non-zero exit code when Discord rejects the bot token on a REST call. Without it the
/// gateway could stay connected while every REST call fails: a bot that looks online but never answers. The
/// rate limiter has already logged the one fatal line. Registered by the host's composition, next to the gateway,
/// because it needs a host (the REST client's own registrations stay usable without one).
/// </summary>
public sealed class DiscordTokenRejectionService(DiscordRateLimiter rateLimiter, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, rateLimiter.TokenRejected);
        var fired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (either.Token.Register(() => fired.TrySetResult()))
        {
            await fired.Task.ConfigureAwait(false);
        }

        if (rateLimiter.IsStopped && !stoppingToken.IsCancellationRequested)
        {
            Environment.ExitCode = DiscordGatewayService.FatalExitCode;
            lifetime.StopApplication();
        }
    }
}
