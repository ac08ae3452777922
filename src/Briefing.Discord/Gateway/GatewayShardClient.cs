using System.Net;
using System.Net.WebSockets;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace Briefing.Discord.Gateway;

/// <summary>
/// Keeps one shard connected for the life of the host: connects to the url from <c>GET /gateway/bot</c>, and after each
/// connection ends decides between RESUME, a fresh IDENTIFY, or stopping for good (<see cref="GatewayFatalException"/>).
/// </summary>
internal sealed class GatewayShardClient(GatewayShardContext shard)
{
    private static readonly TimeSpan InvalidSessionMinimumWait = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan InvalidSessionExtraWait = TimeSpan.FromSeconds(4);

    private ILogger Logger => shard.Logger;

    public int ShardId => shard.State.ShardId;

    /// <summary>Runs until cancelled or a <see cref="GatewayFatalException"/>; the gate is configured by the caller.</summary>
    public async Task RunAsync(GatewayBotInfo info, CancellationToken cancellationToken)
    {
        var resume = false;
        var failures = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = await ConnectOnceAsync(resume ? shard.State.ResumeGatewayUrl ?? info.Url : info.Url, resume, cancellationToken)
                .ConfigureAwait(false);
            failures = end.ReachedReady ? 1 : failures + 1;
            var delay = ReconnectBackoff.For(failures, shard.Jitter);
            switch (end.Kind)
            {
                case ConnectionEndKind.Fatal:
                    throw new GatewayFatalException($"closed with {end.CloseCode}: {GatewayCloseCodes.Describe(end.CloseCode ?? 0)}");
                case ConnectionEndKind.ReconnectRequested:
                    // Discord asked for it: reconnect at once, the session stays valid.
                    delay = TimeSpan.Zero;
                    break;
                case ConnectionEndKind.InvalidSession:
                    // Discord: after op 9 d=false wait a random 1-5 s, then IDENTIFY on the cached gateway url.
                    shard.State.ClearSession();
                    delay = InvalidSessionMinimumWait + (InvalidSessionExtraWait * shard.Jitter.NextDouble());
                    break;
                case ConnectionEndKind.NewSession:
                    shard.State.ClearSession();
                    break;
            }

            resume = shard.State.CanResume;
            GatewayLog.ReconnectDelay(Logger, ShardId, delay);
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, shard.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<ConnectionEnd> ConnectOnceAsync(string url, bool resume, CancellationToken cancellationToken)
    {
        var connection = new GatewayConnection(shard.TimeProvider);
        await using (connection.ConfigureAwait(false))
        {
            try
            {
                var uri = GatewayConnection.BuildUri(url);
                GatewayLog.Connecting(Logger, ShardId, uri, resume ? "resume" : "identify");
                await connection.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
                return await new GatewayConnectionRunner(connection, shard, resume).RunAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or HttpRequestException && !cancellationToken.IsCancellationRequested)
            {
                GatewayLog.Dropped(Logger, ShardId, ex);
                return new ConnectionEnd(ConnectionEndKind.Resume, null, ReachedReady: false);
            }
            catch (Exception ex) when (ex is not GatewayFatalException && !cancellationToken.IsCancellationRequested)
            {
                // Anything else (a malformed READY, a stray timeout) costs this connection only, never the shard,
                // except a 401 from the identify budget re-check: that token will never work.
                ThrowIfUnauthorized(ex);
                GatewayLog.Unexpected(Logger, ShardId, ex);
                return new ConnectionEnd(ConnectionEndKind.Resume, null, ReachedReady: false);
            }
            finally
            {
                // 1000 on shutdown ends the session (the bot goes offline); any other code keeps it resumable.
                var code = cancellationToken.IsCancellationRequested ? (int)WebSocketCloseStatus.NormalClosure : GatewayCloseCodes.ClientReconnecting;
                await connection.CloseAsync(code, "reconnecting", CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A rejected token never starts working: retrying would only add to Discord's invalid-request count.</summary>
    internal static void ThrowIfUnauthorized(Exception exception)
    {
        if (exception is DiscordRestException { StatusCode: HttpStatusCode.Unauthorized }
            or HttpRequestException { StatusCode: HttpStatusCode.Unauthorized })
        {
            throw new GatewayFatalException("GET /gateway/bot answered 401: the bot token is invalid");
        }
    }
}
