using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefing.Tests.Articles;

/// <summary>A real HTTP server on 127.0.0.1 (Kestrel) standing in for remote sites; unmapped paths answer 404.</summary>
public sealed class LoopbackSite : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, RequestDelegate> routes = new(StringComparer.Ordinal);

    private LoopbackSite(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>Every request received, in order, with the headers the tests look at.</summary>
    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public static async Task<LoopbackSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        LoopbackSite? site = null;
        app.Run(context => site!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site = new LoopbackSite(app, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)));
        return site;
    }

    public Uri Url(string path) => new(BaseUrl, path);

    public void Map(string path, RequestDelegate handler) => routes[path] = handler;

    public void MapContent(string path, string contentType, string body, int status = 200) =>
        Map(path, async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body, Encoding.UTF8);
        });

    public void MapRedirect(string path, string location, int status = 302) =>
        Map(path, context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        });

    private Task HandleAsync(HttpContext context)
    {
        Requests.Enqueue(new ReceivedRequest(
            context.Request.Path.Value ?? "/",
            context.Request.Headers.UserAgent.ToString(),
            context.Request.Headers.IfNoneMatch.ToString(),
            context.Request.Headers.IfModifiedSince.ToString()));
        if (routes.TryGetValue(context.Request.Path.Value ?? "/", out var handler))
        {
            return handler(context);
        }

        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>What the loopback site saw of one request.</summary>
public sealed record ReceivedRequest(string Path, string UserAgent, string IfNoneMatch, string IfModifiedSince);
