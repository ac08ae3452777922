using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Briefing.Bot.Tests.FakeDiscord;

/// <summary>
/// X-RateLimit-* headers per bucket (route template + top-level resource, as Discord keys them) and
/// 429s injected by a test for the next matching request.
/// </summary>
public sealed class FakeRateLimits
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (DateTimeOffset WindowStart, int Used)> _buckets = [];
    private readonly List<(string Method, string Route, TimeSpan RetryAfter, bool Global)> _injected = [];

    /// <summary>Requests per bucket and window; generous so that tests only meet the 429s they inject.</summary>
    public int Limit { get; set; } = 50;
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(1);

    public int Injected429s { get; private set; }

    /// <summary>The next <paramref name="method"/> request on <paramref name="route"/> (a template such as
    /// <c>/channels/{channelId}/messages</c>) is answered 429 with <paramref name="retryAfter"/>.</summary>
    public void InjectTooManyRequests(string method, string route, TimeSpan retryAfter, bool global = false)
    {
        lock (_gate) { _injected.Add((method, route, retryAfter, global)); }
    }

    /// <summary>Writes the headers; returns false (after writing the 429) when the request is rate limited.</summary>
    public async Task<bool> AdmitAsync(HttpContext context, string method, string route, string bucketKey)
    {
        TimeSpan? retryAfter = null;
        var global = false;
        int remaining;
        double resetAfter;
        lock (_gate)
        {
            var injected = _injected.FindIndex(i => i.Method == method && i.Route == route);
            if (injected >= 0)
            {
                (_, _, var wait, global) = _injected[injected];
                _injected.RemoveAt(injected);
                retryAfter = wait;
                Injected429s++;
            }
            var now = DateTimeOffset.UtcNow;
            var (start, used) = _buckets.GetValueOrDefault(bucketKey, (now, 0));
            if (now - start >= Window) (start, used) = (now, 0);
            if (retryAfter is null) used++;
            _buckets[bucketKey] = (start, used);
            remaining = Math.Max(0, Limit - used);
            resetAfter = Math.Max(0.001, (start + Window - now).TotalSeconds);
            if (retryAfter is null && used > Limit) retryAfter = start + Window - now;
        }
        var headers = context.Response.Headers;
        headers["X-RateLimit-Limit"] = Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = (retryAfter is null ? remaining : 0).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset-After"] = Seconds(retryAfter?.TotalSeconds ?? resetAfter);
        headers["X-RateLimit-Reset"] = Seconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0 + (retryAfter?.TotalSeconds ?? resetAfter));
        headers["X-RateLimit-Bucket"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(route)))[..16];
        if (retryAfter is null) return true;

        headers["Retry-After"] = Math.Ceiling(retryAfter.Value.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Scope"] = global ? "global" : "user";
        if (global) headers["X-RateLimit-Global"] = "true";
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["message"] = "You are being rate limited.", ["retry_after"] = retryAfter.Value.TotalSeconds, ["global"] = global,
        });
        return false;
    }

    private static string Seconds(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
