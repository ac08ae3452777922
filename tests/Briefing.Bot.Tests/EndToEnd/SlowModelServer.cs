using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>
/// An OpenAI-compatible endpoint on loopback that takes <see cref="Delay"/> to answer every chat completion with
/// a 400: a model slower than the interaction auto-defer guard, after which summaries fall back to the extractive engine.
/// </summary>
public sealed class SlowModelServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SlowModelServer(WebApplication app, string endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1.2);

    /// <summary>Base URL for <c>OpenAI:Endpoint</c>.</summary>
    public string Endpoint { get; }

    public int Calls { get; private set; }

    public static async Task<SlowModelServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        SlowModelServer? server = null;
        app.MapPost("/v1/chat/completions", async (HttpContext context) =>
        {
            server!.Calls++;
            await Task.Delay(Delay, context.RequestAborted);
            return Results.Json(new { error = new { message = "model overloaded", type = "invalid_request_error" } }, statusCode: 400);
        });
        await app.StartAsync();
        server = new SlowModelServer(app, app.Urls.First() + "/v1");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
