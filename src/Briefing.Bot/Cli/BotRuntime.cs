using Briefing.Articles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Briefing.Bot.Cli;

/// <summary>
/// Starts the host (options validated, database migrated), runs one piece of work, stops gracefully.
/// Start-up problems and bad input end as ONE line on stderr and exit code 1, never a stack trace.
/// </summary>
public static class BotRuntime
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int Usage = 2;

    public static async Task<int> RunAsync(BotMode mode, BotLaunchSettings settings, Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        IHost? host = null;
        try
        {
            host = BotHost.Build(mode, settings);
            // Validated here first (StartAsync would do it too, but would also log the failure with a stack trace).
            host.Services.GetService<IStartupValidator>()?.Validate();
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            host?.Dispose();
            var line = ConfigurationErrors.TryDescribe(ex, out var described) ? described : "Start-up failed: " + FirstLine(ex.Message);
            await settings.Output.Error.WriteLineAsync(line).ConfigureAwait(false);
            return BadInput;
        }

        try
        {
            return await work(host.Services, cancellationToken).ConfigureAwait(false);
        }
        catch (IngestionException ex)
        {
            await settings.Output.Error.WriteLineAsync(FirstLine(ex.Message)).ConfigureAwait(false);
            return BadInput;
        }
        catch (CliInputException ex)
        {
            await settings.Output.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return BadInput;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Ok;
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
            return Environment.ExitCode != 0 ? Environment.ExitCode : Ok;
        }, cancellationToken);

    private static string FirstLine(string message) => message.Split('\n', 2)[0].TrimEnd();
}
