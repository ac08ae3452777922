using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Briefing.Discord.Tests.Gateway;

/// <summary>
/// The server side of one gateway connection. Heartbeats (op 1) are answered with op 11 (unless
/// <see cref="AcknowledgeHeartbeats"/> is off) and queued apart from the other commands the script expects.
/// </summary>
internal sealed class FakeGatewayConnection(WebSocket socket, string pathAndQuery, Action abort)
{
    public static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(10);

    private readonly Channel<JsonElement> _commands = Channel.CreateUnbounded<JsonElement>();
    private readonly Channel<int?> _heartbeats = Channel.CreateUnbounded<int?>();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<int?> _closedByClient = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string PathAndQuery { get; } = pathAndQuery;

    public bool AcknowledgeHeartbeats { get; set; } = true;

    /// <summary>The close code the client sent (null: the socket ended without a close frame).</summary>
    public Task<int?> ClosedByClient => _closedByClient.Task;

    public Task SendAsync(string json) => SendRawAsync(Encoding.UTF8.GetBytes(json));

    public Task SendHelloAsync(int heartbeatIntervalMs) => SendAsync($$$"""{"op":10,"d":{"heartbeat_interval":{{{heartbeatIntervalMs}}}}}""");

    public Task SendDispatchAsync(string name, int sequence, string data) =>
        SendAsync($$"""{"op":0,"t":"{{name}}","s":{{sequence}},"d":{{data}}}""");

    public async Task<JsonElement> NextCommandAsync()
    {
        using var timeout = new CancellationTokenSource(ScriptTimeout);
        return await _commands.Reader.ReadAsync(timeout.Token);
    }

    public async Task<int?> NextHeartbeatAsync()
    {
        using var timeout = new CancellationTokenSource(ScriptTimeout);
        return await _heartbeats.Reader.ReadAsync(timeout.Token);
    }

    public bool TryTakeHeartbeat(out int? sequence) => _heartbeats.Reader.TryRead(out sequence);

    public bool TryTakeCommand(out JsonElement command) => _commands.Reader.TryRead(out command);

    /// <summary>Server-initiated close with a gateway close code (4004, 4009...).</summary>
    public async Task CloseAsync(int code)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, "scripted close", CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Drop() => abort();

    public async Task RunAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var length = 0;
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), CancellationToken.None);
                    length += result.Count;
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _closedByClient.TrySetResult((int?)socket.CloseStatus);
                    return;
                }

                await OnMessageAsync(JsonDocument.Parse(buffer.AsMemory(0, length)).RootElement.Clone());
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _closedByClient.TrySetResult(null);
        }
        finally
        {
            _commands.Writer.TryComplete();
            _heartbeats.Writer.TryComplete();
        }
    }

    private async Task OnMessageAsync(JsonElement message)
    {
        if (message.GetProperty("op").GetInt32() != 1)
        {
            _commands.Writer.TryWrite(message);
            return;
        }

        var d = message.GetProperty("d");
        _heartbeats.Writer.TryWrite(d.ValueKind == JsonValueKind.Null ? null : d.GetInt32());
        if (AcknowledgeHeartbeats)
        {
            await SendAsync("""{"op":11}""");
        }
    }

    private async Task SendRawAsync(byte[] payload)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(payload, WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
