using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Briefing.Bot.Tests.EndToEnd;

/// <summary>
/// A web site on loopback that takes <see cref="Delay"/> to answer every page with a 404: a /summarize of its URL
/// outlasts the interaction auto-defer guard and then ends in the private "I could not read that link" reply.
/// </summary>
public sealed class SlowSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SlowSite(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1.2);

    public string BaseUrl { get; }

    public static async Task<SlowSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/{**path}", async (HttpContext context) =>
        {
            await Task.Delay(Delay, context.RequestAborted);
            return Results.NotFound();
        });
        await app.StartAsync();
        return new SlowSite(app, app.Urls.First());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
