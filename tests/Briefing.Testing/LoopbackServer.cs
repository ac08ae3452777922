using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Briefing.Testing;

/// <summary>
/// A real HTTP server (Kestrel) on 127.0.0.1 at a free port, standing in for a remote web site, a model server or
/// Discord: the code under test talks to it over real sockets. Routes come from <c>configure</c> (minimal APIs,
/// WebSockets, middleware) or from <see cref="Map"/> at any time; anything else answers 404. Every request is recorded as it arrives.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private LoopbackServer(WebApplication app) => _app = app;

    /// <summary>The root, e.g. <c>http://127.0.0.1:5123</c> (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The root as a URI, e.g. <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri BaseUri => new(BaseUrl + "/");

    /// <summary>Every request received so far, in order of arrival.</summary>
    public IReadOnlyCollection<RecordedRequest> Requests => _requests;

    public IServiceProvider Services => _app.Services;

    public static async Task<LoopbackServer> StartAsync(Action<WebApplication>? configure = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new LoopbackServer(app);
        app.Use(server.RecordAsync);
        app.Use(server.MappedAsync);
        configure?.Invoke(app);
        await app.StartAsync(cancellationToken);
        server.BaseUrl = app.Urls.First().TrimEnd('/');
        return server;
    }

    /// <summary>A web site with one HTML page at <paramref name="path"/> (the remote page of a URL command).</summary>
    public static async Task<LoopbackServer> StartWithPageAsync(string path, string html, CancellationToken cancellationToken = default)
    {
        var server = await StartAsync(cancellationToken: cancellationToken);
        server.MapContent(path, "text/html; charset=utf-8", html);
        return server;
    }

    public Uri Url(string path) => new(BaseUri, path);

    /// <summary>Serves <paramref name="path"/> (exact match) with <paramref name="handler"/>, replacing any earlier handler.</summary>
    public void Map(string path, RequestDelegate handler) => _routes[path] = handler;

    public void MapContent(string path, string contentType, string body, int status = 200) =>
        Map(path, async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body, Encoding.UTF8, context.RequestAborted);
        });

    public void MapRedirect(string path, string location, int status = 302) =>
        Map(path, context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        });

    private Task MappedAsync(HttpContext context, RequestDelegate next) =>
        _routes.TryGetValue(context.Request.Path.Value ?? "/", out var handler) ? handler(context) : next(context);

    // Recorded on arrival, before the answer: a client that has its response never finds its request missing here.
    private async Task RecordAsync(HttpContext context, RequestDelegate next)
    {
        // Buffered, so the handlers can still read the body the record keeps.
        context.Request.EnableBuffering();
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8, leaveOpen: true);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        context.Request.Body.Position = 0;
        var path = context.Request.Path.Value ?? "/";
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? path;
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        _requests.Enqueue(new RecordedRequest(context.Request.Method, route, path, body.Length == 0 ? null : body, headers,
            RecordedRequest.NotAnswered, TimeProvider.System.GetUtcNow()));
        await next(context);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
