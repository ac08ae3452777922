using Briefing.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace Briefing.Discord.Gateway;

/// <summary>
/// <c>GET /gateway/bot</c> once for all of the process's shards (url, <c>max_concurrency</c>, the identify budget),
/// retried with backoff; a 401 is final.
/// </summary>
internal sealed class GatewayBotInfoLoader(IGatewayBotSource botSource, IJitterSource jitter, TimeProvider timeProvider, ILogger<GatewayBotInfoLoader> logger)
{
    public async Task<GatewayBotInfo> LoadAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await botSource.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                GatewayShardClient.ThrowIfUnauthorized(ex);

                var delay = ReconnectBackoff.For(attempt, jitter);
                GatewayLog.GatewayInfoFailed(logger, delay, ex);
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
