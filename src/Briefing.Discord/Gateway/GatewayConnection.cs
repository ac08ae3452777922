using System.Buffers;
using System.Net.WebSockets;
using Briefing.Discord.Limits;

namespace Briefing.Discord.Gateway;

/// <summary>
/// One WebSocket connection to the gateway: whole-message receive, and sends that are serialized, size-capped and
/// paced by the per-connection outbound limit.
/// </summary>
internal sealed class GatewayConnection : IAsyncDisposable
{
    public const int MaxPayloadBytes = GatewayLimits.PayloadBytes;

    /// <summary>Discord allows 120 gateway sends per 60 s per connection; exceeding it closes the connection.</summary>
    public const int SendsPerMinute = 120;

    /// <summary>3 of the 120 sends are kept for heartbeats (at most 2 per minute at the usual ~41 s interval, plus an op 1 request).</summary>
    public const int SendsReservedForHeartbeats = 3;

    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly SlidingWindowLimiter _sendLimiter;
    private readonly ArrayBufferWriter<byte> _receiveBuffer = new(16 * 1024);
    private readonly TimeProvider _timeProvider;

    public GatewayConnection(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
        _sendLimiter = new SlidingWindowLimiter(SendsPerMinute, TimeSpan.FromMinutes(1), timeProvider);
    }

    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken) => _socket.ConnectAsync(uri, cancellationToken);

    /// <summary>Builds <c>{url}/?v=10&amp;encoding=json</c> from the url Discord handed out (gateway or resume url).</summary>
    public static Uri BuildUri(string gatewayUrl) => new($"{gatewayUrl.TrimEnd('/')}/?v=10&encoding=json");

    public async Task SendAsync(byte[] payload, bool isHeartbeat, CancellationToken cancellationToken)
    {
        if (payload.Length > MaxPayloadBytes)
        {
            throw new GatewayPayloadTooLargeException(payload.Length);
        }

        await _sendLimiter.AcquireAsync(isHeartbeat ? 0 : SendsReservedForHeartbeats, cancellationToken).ConfigureAwait(false);
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Reads one whole text message; returns null when the server closed (see <see cref="CloseStatus"/>).</summary>
    public async Task<ReadOnlyMemory<byte>?> ReceiveAsync(CancellationToken cancellationToken)
    {
        _receiveBuffer.ResetWrittenCount();
        while (true)
        {
            var result = await _socket.ReceiveAsync(_receiveBuffer.GetMemory(8 * 1024), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            _receiveBuffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return _receiveBuffer.WrittenMemory;
            }
        }
    }

    /// <summary>The close code the server sent, if it sent one.</summary>
    public int? CloseStatus => _socket.CloseStatus is { } status ? (int)status : null;

    /// <summary>Starts <see cref="CloseAsync"/> without waiting (from a cancellation callback); it never throws.</summary>
    public void BeginClose(int code, string reason) => _ = CloseAsync(code, reason, CancellationToken.None);

    /// <summary>Sends a close frame with <paramref name="code"/> without waiting long for the peer, then drops the socket.</summary>
    public async Task CloseAsync(int code, string reason, CancellationToken cancellationToken)
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(CloseTimeout, _timeProvider);
            using var linked = cancellationToken.Register(timeout.Cancel);
            try
            {
                await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
                try
                {
                    await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token).ConfigureAwait(false);
                }
                finally
                {
                    _sendLock.Release();
                }
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                // A zombied or dropped peer may never take the close frame; the socket is aborted below anyway.
            }
        }

        _socket.Abort();
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        _sendLock.Dispose();
        return ValueTask.CompletedTask;
    }
}
