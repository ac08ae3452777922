using System.CommandLine;
using Briefing.Bot.Composition;
using Briefing.Bot.Operations;

namespace Briefing.Bot.Cli;

/// <summary>
/// <c>healthcheck</c>: GETs the running bot's <c>/healthz</c> (or <c>--url</c>) and exits 0 on 2xx, 1 otherwise. The runtime
/// image has no curl or wget, so the Dockerfile's HEALTHCHECK runs this. It builds no host and opens no database.
/// </summary>
internal static class HealthProbeCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static Command Create(BotLaunchSettings settings)
    {
        var url = new Option<string?>("--url") { Description = "What to GET (default: /healthz on the first Health:Urls address, on loopback)" };
        var command = new Command("healthcheck", "Exit 0 when the running bot's health endpoint answers 2xx (for container health checks)") { url };
        command.SetAction((parse, ct) => ProbeAsync(settings, parse.GetValue(url) ?? DefaultUrl(settings), ct));
        return command;
    }

    /// <summary>/healthz on the first configured address, with a wildcard host (0.0.0.0, *, +, [::]) replaced by loopback.</summary>
    public static string DefaultUrl(BotLaunchSettings settings)
    {
        var configuration = LaunchConfiguration.Read(settings);
        var urls = HealthOptions.Resolve(configuration[$"{HealthOptions.Section}:{nameof(HealthOptions.Urls)}"], gatewayMode: true)
            ?? HealthOptions.DefaultUrls;
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        foreach (var wildcard in new[] { "0.0.0.0", "*", "+", "[::]" })
        {
            first = first.Replace("://" + wildcard, "://127.0.0.1", StringComparison.Ordinal);
        }

        return first.TrimEnd('/') + HealthEndpointService.LivenessPath;
    }

    private static async Task<int> ProbeAsync(BotLaunchSettings settings, string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            await settings.Output.Error.WriteLineAsync($"--url: {url}: not an http(s) URL.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        using var http = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await http.GetAsync(uri, cancellationToken).ConfigureAwait(false);
            var line = $"{uri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)}";
            await settings.Output.Out.WriteLineAsync(line).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? ExitCodes.Ok : ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await settings.Output.Error.WriteLineAsync($"{uri}: no answer ({ex.Message.Split('\n', 2)[0].TrimEnd()})").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
    }
}
