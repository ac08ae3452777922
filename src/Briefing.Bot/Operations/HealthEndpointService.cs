using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Bot.Operations;

/// <summary>
/// A small Kestrel host serving <c>/healthz</c> (liveness) and <c>/readyz</c> (readiness) from the bot's own health checks.
/// It is a separate web host so the bot's host stays a generic host. When it only serves the operator, a port that is
/// taken costs one log line, not the bot; when the bot's interactions arrive through it (<paramref name="required"/>,
/// <c>Discord:Interactions:Mode = http</c>), a bot that cannot listen could answer nothing, so the start stops with one line.
/// </summary>
internal sealed partial class HealthEndpointService(
    string urls, HealthCheckService checks, ILogger<HealthEndpointService> logger, IEnumerable<IHttpEndpoint>? endpoints = null, bool required = false)
    : IHostedService, IAsyncDisposable
{
    public const string LivenessPath = "/healthz";
    public const string ReadinessPath = "/readyz";

    private WebApplication? _app;

    /// <summary>The addresses Kestrel bound (port 0 resolved); empty when the endpoints are not running.</summary>
    public IReadOnlyList<string> BoundUrls { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls(urls);
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton(checks);
        var app = builder.Build();
        app.UseRouting();
        app.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(ReadinessPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadinessTags.Ready),
            ResponseWriter = ReadinessReport.WriteAsync,
        });
        foreach (var endpoint in endpoints ?? [])
        {
            endpoint.Map(app);
        }
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var reason = ex.Message.Split('\n', 2)[0].TrimEnd();
            await app.DisposeAsync().ConfigureAwait(false);
            if (required)
            {
                // The host's start fails with this one line (the runtime prints it and exits with 1).
                throw new InvalidOperationException($"Discord:Interactions:Mode is http, but the interactions endpoint cannot listen on {urls}: {reason}");
            }
            // Health endpoints are for the operator; the bot keeps serving Discord without them.
            LogNotStarted(logger, urls, reason);
            return;
        }

        _app = app;
        BoundUrls = [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];
        LogListening(logger, string.Join(' ', BoundUrls));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync().ConfigureAwait(false);
            _app = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Health endpoints on {Urls} (/healthz, /readyz)")]
    private static partial void LogListening(ILogger logger, string urls);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health endpoints not started on {Urls}: {Reason}")]
    private static partial void LogNotStarted(ILogger logger, string urls, string reason);
}
