using System.Net.WebSockets;
using Briefing.Discord.Json;

namespace Briefing.Discord.Gateway;

/// <summary>
/// Heartbeats for one connection and zombie detection: if no HEARTBEAT_ACK arrived since the previous heartbeat, the
/// connection is closed with a non-1000 code (so the session stays resumable) and the reader reconnects.
/// </summary>
internal sealed class GatewayHeartbeat(GatewayConnection connection, GatewayShardContext shard)
{
    private volatile bool _acknowledged = true;
    private volatile bool _zombied;

    /// <summary>True once this connection was closed for lack of an ACK.</summary>
    public bool Zombied => _zombied;

    public void Acknowledge() => _acknowledged = true;

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled or the connection is found zombied.</summary>
    public async Task RunAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            // Discord: the first heartbeat goes after interval * random[0,1) so that reconnecting clients spread out.
            await Task.Delay(interval * shard.Jitter.NextDouble(), shard.TimeProvider, cancellationToken).ConfigureAwait(false);
            while (true)
            {
                if (!_acknowledged)
                {
                    _zombied = true;
                    GatewayLog.Zombied(shard.Logger, shard.State.ShardId);
                    await connection.CloseAsync(GatewayCloseCodes.ClientReconnecting, "zombied", cancellationToken).ConfigureAwait(false);
                    return;
                }

                _acknowledged = false;
                await SendNowAsync(cancellationToken).ConfigureAwait(false);
                await Task.Delay(interval, shard.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The connection ended (or broke: the reader sees that and reconnects).
        }
    }

    /// <summary>Sends op 1 with the last dispatch sequence (null before the first dispatch).</summary>
    public Task SendNowAsync(CancellationToken cancellationToken) =>
        connection.SendAsync(
            GatewayCommandWriter.Write(GatewayOpcode.Heartbeat, shard.State.LastSequence, DiscordJsonContext.Default.NullableInt32),
            isHeartbeat: true,
            cancellationToken);
}
