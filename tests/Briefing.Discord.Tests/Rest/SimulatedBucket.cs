using System.Net;

namespace Briefing.Discord.Tests.Rest;

/// <summary>A fixed-window bucket like Discord's: counts requests that arrive when it is empty as violations.</summary>
internal sealed class SimulatedBucket
{
    private readonly Lock _lock = new();
    private readonly int _limit;
    private readonly TimeSpan _window;
    private readonly TimeProvider _timeProvider;
    private int _remaining;
    private DateTimeOffset _resetAt;

    public SimulatedBucket(int limit, TimeSpan window, TimeProvider timeProvider)
    {
        _limit = limit;
        _window = window;
        _timeProvider = timeProvider;
        _remaining = limit;
        _resetAt = timeProvider.GetUtcNow() + window;
    }

    public int Violations { get; private set; }

    public HttpResponseMessage Take(string json)
    {
        lock (_lock)
        {
            var now = _timeProvider.GetUtcNow();
            if (now >= _resetAt)
            {
                _remaining = _limit;
                _resetAt = now + _window;
            }
            var resetAfter = (_resetAt - now).TotalSeconds;
            if (_remaining == 0)
            {
                Violations++;
                return FakeDiscordHandler.Json(HttpStatusCode.TooManyRequests,
                    $$"""{"message":"You are being rate limited.","retry_after":{{resetAfter.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)}},"global":false}""",
                    [.. FakeDiscordHandler.Bucket("sim", _limit, 0, resetAfter), ("X-RateLimit-Scope", "user")]);
            }
            _remaining--;
            return FakeDiscordHandler.Json(HttpStatusCode.OK, json, FakeDiscordHandler.Bucket("sim", _limit, _remaining, resetAfter));
        }
    }
}
