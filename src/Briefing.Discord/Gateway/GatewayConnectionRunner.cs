using System.Net.WebSockets;
using System.Text.Json;
using Briefing.Discord.Json;
using Briefing.Discord.Models;
using Microsoft.Extensions.Logging;

namespace Briefing.Discord.Gateway;

/// <summary>
/// Speaks the protocol over one connection: HELLO, IDENTIFY or RESUME, heartbeats (see <see cref="GatewayHeartbeat"/>), dispatches
/// into the event queue, until the connection ends; then says how the next one should start.
/// </summary>
internal sealed class GatewayConnectionRunner(
    GatewayConnection connection,
    GatewayShardContext shard,
    bool resume)
{
    /// <summary>Discord sends HELLO right after the upgrade; a connection silent for this long is dead.</summary>
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(30);

    private readonly GatewayHeartbeat _heartbeat = new(connection, shard);
    private volatile bool _silent;
    private bool _reachedReady;

    private ILogger Logger => shard.Logger;

    private int ShardId => shard.State.ShardId;

    public async Task<ConnectionEnd> RunAsync(CancellationToken cancellationToken)
    {
        using var connectionScope = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        // The receive does not take the host token: cancelling a pending ClientWebSocket receive aborts the socket before
        // a close frame can go out. Shutdown sends close 1000 instead (ending the session), which ends the receive.
        using var closeOnShutdown = cancellationToken.Register(
            static state => ((GatewayConnection)state!).BeginClose((int)WebSocketCloseStatus.NormalClosure, "shutting down"), connection);
        using var helloWatch = CancellationTokenSource.CreateLinkedTokenSource(connectionScope.Token);
        var helloWatchdog = CloseUnlessHelloAsync(helloWatch.Token);
        Task heartbeats = Task.CompletedTask;
        try
        {
            while (true)
            {
                var message = await connection.ReceiveAsync(CancellationToken.None).ConfigureAwait(false);
                // An interaction's ack budget and 3-s deadline count from here, before any parsing or queueing.
                var arrivedAt = shard.TimeProvider.GetUtcNow();
                cancellationToken.ThrowIfCancellationRequested();
                if (message is null)
                {
                    return ClassifyClose(connection.CloseStatus);
                }

                var payload = Parse(message.Value);
                if (payload is null)
                {
                    continue;
                }

                switch (payload.Op)
                {
                    case GatewayOpcode.Hello when !helloWatch.IsCancellationRequested:
                        await helloWatch.CancelAsync().ConfigureAwait(false);
                        var hello = payload.D.Deserialize(DiscordJsonContext.Default.GatewayHello)!;
                        heartbeats = _heartbeat.RunAsync(TimeSpan.FromMilliseconds(hello.HeartbeatInterval), connectionScope.Token);
                        await SendHandshakeAsync(connectionScope.Token).ConfigureAwait(false);
                        break;
                    case GatewayOpcode.HeartbeatAck:
                        _heartbeat.Acknowledge();
                        break;
                    case GatewayOpcode.Heartbeat:
                        // The server asks for a heartbeat right now; the regular schedule is unchanged.
                        await _heartbeat.SendNowAsync(connectionScope.Token).ConfigureAwait(false);
                        break;
                    case GatewayOpcode.Dispatch:
                        await HandleDispatchAsync(payload, arrivedAt, connectionScope.Token).ConfigureAwait(false);
                        break;
                    case GatewayOpcode.Reconnect:
                        GatewayLog.ReconnectRequested(Logger, ShardId);
                        return End(ConnectionEndKind.ReconnectRequested, null);
                    case GatewayOpcode.InvalidSession:
                        var resumable = payload.D.ValueKind == JsonValueKind.True;
                        GatewayLog.InvalidSession(Logger, ShardId, resumable);
                        return End(resumable ? ConnectionEndKind.Resume : ConnectionEndKind.InvalidSession, null);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // ObjectDisposedException: the heartbeat or HELLO watchdog aborted the socket under a pending receive.
            cancellationToken.ThrowIfCancellationRequested();
            if (!_heartbeat.Zombied && !_silent)
            {
                GatewayLog.Dropped(Logger, ShardId, ex);
            }

            return End(ConnectionEndKind.Resume, null);
        }
        finally
        {
            shard.State.SetConnected(false);
            await connectionScope.CancelAsync().ConfigureAwait(false);
            await heartbeats.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await helloWatchdog.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private GatewayPayload? Parse(ReadOnlyMemory<byte> message)
    {
        try
        {
            return JsonSerializer.Deserialize(message.Span, DiscordJsonContext.Default.GatewayPayload);
        }
        catch (JsonException ex)
        {
            GatewayLog.MalformedPayload(Logger, ShardId, ex);
            return null;
        }
    }

    private ConnectionEnd ClassifyClose(int? closeCode)
    {
        var meaning = closeCode is { } received ? GatewayCloseCodes.Describe(received) : "no close code";
        GatewayLog.Closed(Logger, ShardId, closeCode, meaning);
        return closeCode switch
        {
            { } code when GatewayCloseCodes.IsFatal(code) => End(ConnectionEndKind.Fatal, code),
            { } code when GatewayCloseCodes.RequiresNewSession(code) => End(ConnectionEndKind.NewSession, code),
            _ => End(ConnectionEndKind.Resume, closeCode),
        };
    }

    private ConnectionEnd End(ConnectionEndKind kind, int? closeCode) => new(kind, closeCode, _reachedReady);

    private async Task SendHandshakeAsync(CancellationToken cancellationToken)
    {
        byte[] handshake;
        if (resume && shard.State is { SessionId: { } sessionId, LastSequence: { } sequence })
        {
            handshake = GatewayCommandWriter.Write(
                GatewayOpcode.Resume, new GatewayResume(shard.Token, sessionId, sequence), DiscordJsonContext.Default.GatewayResume);
            await connection.SendAsync(handshake, isHeartbeat: false, cancellationToken).ConfigureAwait(false);
            GatewayLog.HandshakeSent(Logger, ShardId, "RESUME");
            return;
        }

        await shard.IdentifyGate.WaitAsync(ShardId, cancellationToken).ConfigureAwait(false);
        handshake = GatewayCommandWriter.Write(GatewayOpcode.Identify, shard.CreateIdentify(), DiscordJsonContext.Default.GatewayIdentify);
        await connection.SendAsync(handshake, isHeartbeat: false, cancellationToken).ConfigureAwait(false);
        await shard.IdentifyGate.SentAsync(ShardId, cancellationToken).ConfigureAwait(false);
        GatewayLog.HandshakeSent(Logger, ShardId, "IDENTIFY");
    }

    private async Task HandleDispatchAsync(GatewayPayload payload, DateTimeOffset arrivedAt, CancellationToken cancellationToken)
    {
        if (payload.S is { } sequence)
        {
            shard.State.TrackSequence(sequence);
        }

        if (payload.T is not { } name)
        {
            return;
        }

        if (name == "READY")
        {
            var ready = payload.D.Deserialize(DiscordJsonContext.Default.GatewayReady)!;
            // Connected before READY is announced: whoever waits for READY then sees the shard connected.
            shard.State.SetConnected(true);
            shard.State.ApplyReady(ready);
            _reachedReady = true;
            GatewayLog.Ready(Logger, ShardId, ready.User.Id, ready.Application?.Id);
        }
        else if (name == "RESUMED")
        {
            shard.State.SetConnected(true);
            _reachedReady = true;
            GatewayLog.Resumed(Logger, ShardId, shard.State.LastSequence);
        }

        await shard.Events.EnqueueAsync(new GatewayEvent(name, payload.D, ShardId, arrivedAt), cancellationToken).ConfigureAwait(false);
    }

    private async Task CloseUnlessHelloAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(HelloTimeout, shard.TimeProvider, cancellationToken).ConfigureAwait(false);
            _silent = true;
            GatewayLog.NoHello(Logger, ShardId, HelloTimeout);
            await connection.CloseAsync(GatewayCloseCodes.ClientReconnecting, "no hello", cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // HELLO arrived, or the connection ended first.
        }
    }
}
