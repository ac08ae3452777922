using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Briefing.Discord.Tests.Gateway;

/// <summary>A scripted Discord gateway: a Kestrel WebSocket endpoint on loopback that hands each accepted connection to the test.</summary>
internal sealed class FakeGatewayServer : IAsyncDisposable
{
    private readonly Channel<FakeGatewayConnection> _accepted = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly WebApplication _app;
    private int _connectionCount;

    private FakeGatewayServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The url handed out by GET /gateway/bot.</summary>
    public string GatewayUrl => $"{BaseUrl}/gateway";

    /// <summary>The url READY names as resume_gateway_url.</summary>
    public string ResumeUrl => $"{BaseUrl}/resume";

    public int ConnectionCount => Volatile.Read(ref _connectionCount);

    public static async Task<FakeGatewayServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeGatewayServer(app);
        app.UseWebSockets();
        app.Run(server.AcceptAsync);
        await app.StartAsync();
        server.BaseUrl = app.Urls.Single().Replace("http://", "ws://", StringComparison.Ordinal);
        return server;
    }

    public async Task<FakeGatewayConnection> NextConnectionAsync()
    {
        using var timeout = new CancellationTokenSource(FakeGatewayConnection.ScriptTimeout);
        return await _accepted.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(socket, context.Request.Path + context.Request.QueryString, context.Abort);
        Interlocked.Increment(ref _connectionCount);
        _accepted.Writer.TryWrite(connection);
        await connection.RunAsync();
    }
}
