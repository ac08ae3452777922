using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Briefing.Discord.Tests.Gateway;

/// <summary>A scripted Discord gateway: a WebSocket endpoint on the kit's loopback server that hands each accepted connection to the test.</summary>
internal sealed class FakeGatewayServer : IAsyncDisposable
{
    private readonly Channel<FakeGatewayConnection> _accepted = Channel.CreateUnbounded<FakeGatewayConnection>();
    private LoopbackServer _server = null!;
    private int _connectionCount;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The url handed out by GET /gateway/bot.</summary>
    public string GatewayUrl => $"{BaseUrl}/gateway";

    /// <summary>The url READY names as resume_gateway_url.</summary>
    public string ResumeUrl => $"{BaseUrl}/resume";

    public int ConnectionCount => Volatile.Read(ref _connectionCount);

    public static async Task<FakeGatewayServer> StartAsync()
    {
        var gateway = new FakeGatewayServer();
        gateway._server = await LoopbackServer.StartAsync(app =>
        {
            app.UseWebSockets();
            app.Run(gateway.AcceptAsync);
        });
        gateway.BaseUrl = gateway._server.BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal);
        return gateway;
    }

    public async Task<FakeGatewayConnection> NextConnectionAsync()
    {
        using var timeout = new CancellationTokenSource(FakeGatewayConnection.ScriptTimeout);
        return await _accepted.Reader.ReadAsync(timeout.Token);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

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
