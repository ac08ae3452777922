
using Briefing.Discord.Rest;

namespace Briefing.Discord.Tests.Gateway;

/// <summary>Stands in for the REST client's GET /gateway/bot and counts the calls; can fail the first <c>failures</c> calls.</summary>
internal sealed class FakeGatewayBotSource(string url, int remaining = 1000, int maxConcurrency = 1, Exception? failure = null, int failures = 0)
    : IGatewayBotSource
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _calls) <= failures)
        {
            return Task.FromException<GatewayBotInfo>(failure!);
        }

        return Task.FromResult(new GatewayBotInfo(url, 1, new SessionStartLimit(1000, remaining, TimeSpan.FromHours(20), maxConcurrency)));
    }
}
