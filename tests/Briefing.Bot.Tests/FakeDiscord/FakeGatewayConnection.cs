using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Briefing.Bot.Tests.FakeDiscord;

/// <summary>One WebSocket connection to the fake gateway: serialised sends, the session it carries, its sequence.</summary>
public sealed class FakeGatewayConnection(WebSocket socket)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public WebSocket Socket { get; } = socket;
    public string? SessionId { get; set; }
    public int Intents { get; set; }
    public bool Authenticated { get; set; }
    public int Heartbeats { get; set; }
    public int LastSequence { get; set; }
    /// <summary>The shard this connection identified as (IDENTIFY's <c>shard[0]</c>); kept by a RESUME of its session.</summary>
    public int Shard { get; set; }

    public async Task SendAsync(JsonObject payload, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(payload.ToJsonString());
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            if (Socket.State == WebSocketState.Open)
                await Socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        catch (WebSocketException)
        {
            // The bot went away mid-send; the receive loop notices and ends the connection.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async Task CloseAsync(WebSocketCloseStatus status, string reason, CancellationToken cancellationToken)
    {
        try
        {
            if (Socket.State == WebSocketState.Open)
                await Socket.CloseOutputAsync(status, reason, cancellationToken);
        }
        catch (WebSocketException)
        {
            // Already gone.
        }
    }

    /// <summary>Reads one whole text message, or null when the socket closed.</summary>
    public async Task<JsonObject?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        while (true)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await Socket.ReceiveAsync(buffer, cancellationToken);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                return null;
            }
            if (result.MessageType == WebSocketMessageType.Close) return null;
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage) return JsonNode.Parse(message.ToArray()) as JsonObject;
        }
    }
}
