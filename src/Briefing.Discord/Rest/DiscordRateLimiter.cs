using Briefing.Discord.Diagnostics;
using System.Net;
using System.Text.Json;
using Briefing.Discord.Json;
using Microsoft.Extensions.Logging;

namespace Briefing.Discord.Rest;

/// <summary>
/// Paces every REST call the way Discord asks: buckets learned from X-RateLimit-* headers (route template
/// → bucket hash; bucket key = hash + top-level resource), one request in flight per bucket, a wait when
/// Remaining hits 0 until Reset-After, 429s honoured (retry_after from the body, else the Retry-After
/// header; X-RateLimit-Global blocks everything non-exempt), 50 requests/s globally (interaction routes
/// exempt), invalid requests counted against Discord's ban limit (<see cref="InvalidRequestBudget"/>), and a full
/// stop after a 401 on a bot-token route (<see cref="TokenRejected"/> then fires, and the host stops). A 401 on an
/// interaction-token route only fails that call: one expired interaction must not deafen the bot.
/// One instance per process (singleton).
/// </summary>
public sealed class DiscordRateLimiter
{
    /// <summary>Discord's documented global limit per bot.</summary>
    public const int GlobalRequestsPerSecond = 50;
    /// <summary>
    /// Added to every Reset-After and retry_after: the headers are rounded to milliseconds and timers may
    /// fire up to a millisecond early, so on a fast link an exact wait could arrive just before the reset.
    /// </summary>
    public static readonly TimeSpan SafetyMargin = TimeSpan.FromMilliseconds(25);
    private const int MaxRateLimitedAttempts = 5;

    private readonly TimeProvider _timeProvider;
    private readonly ILogger<DiscordRateLimiter> _logger;
    private readonly GlobalRateLimiter _global;
    private readonly RateLimitBucketRegistry _buckets;
    private readonly CancellationTokenSource _tokenRejected = new();
    private int _unauthorized;
    private readonly DiscordMetrics? _metrics;

    public DiscordRateLimiter(TimeProvider timeProvider, ILogger<DiscordRateLimiter> logger, DiscordMetrics? metrics = null)
    {
        _metrics = metrics;
        _timeProvider = timeProvider;
        _logger = logger;
        _global = new GlobalRateLimiter(timeProvider, GlobalRequestsPerSecond);
        _buckets = new RateLimitBucketRegistry(timeProvider);
        InvalidRequests = new InvalidRequestBudget(timeProvider, logger);
    }

    /// <summary>The sliding count of 401/403/429 answers and the slow-down it imposes (replaceable by tests).</summary>
    internal InvalidRequestBudget InvalidRequests { get; init; }

    /// <summary>Cancelled when Discord rejects the bot token: the host watches it and stops.</summary>
    public CancellationToken TokenRejected => _tokenRejected.Token;

    /// <summary>
    /// Above this many buckets, expired ones are dropped: every channel and every interaction token gets
    /// its own bucket, so without pruning the map would grow for the life of the process.
    /// </summary>
    internal int PruneThreshold
    {
        get => _buckets.PruneThreshold;
        init => _buckets.PruneThreshold = value;
    }

    /// <summary>The least time between two pruning passes (see <see cref="RateLimitBucketRegistry.PruneInterval"/>).</summary>
    internal TimeSpan PruneInterval
    {
        get => _buckets.PruneInterval;
        init => _buckets.PruneInterval = value;
    }

    internal int BucketCount => _buckets.Count;

    /// <summary>True once Discord answered 401 on a bot-token route; every later call fails fast without a request.</summary>
    public bool IsStopped => Volatile.Read(ref _unauthorized) != 0;

    /// <summary>
    /// Sends through <paramref name="send"/> (called again for each retry, so it must build a fresh request)
    /// and returns the final response, which the caller disposes. A 401 response is returned once and, on a
    /// bot-token route, then stops everything; a 429 is retried after its retry_after, up to five attempts.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(
        DiscordRoute route, Func<CancellationToken, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            ThrowIfStopped(route);
            await InvalidRequests.EnterAsync(route, cancellationToken).ConfigureAwait(false);
            var bucket = await _buckets.EnterAsync(route, cancellationToken).ConfigureAwait(false);
            try
            {
                var delay = bucket.DelayBeforeNext(_timeProvider.GetUtcNow());
                if (delay > TimeSpan.Zero)
                {
                    DiscordRestLog.WaitingForBucket(_logger, route.RouteKey, delay);
                    await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
                }
                if (!route.ExemptFromGlobalLimit)
                {
                    await _global.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
                ThrowIfStopped(route);

                var response = await send(cancellationToken).ConfigureAwait(false);
                var headers = RateLimitHeaders.From(response.Headers);
                _buckets.Learn(route, bucket, headers);
                _buckets.PruneExpired();
                InvalidRequests.Record(response.StatusCode, headers.Scope);

                if (response.StatusCode == HttpStatusCode.Unauthorized)
                {
                    if (!route.UsesInteractionToken)
                    {
                        StopForRejectedToken(route);
                    }
                    return response;
                }
                if (response.StatusCode != HttpStatusCode.TooManyRequests)
                {
                    return response;
                }
                _metrics?.RateLimited(route.RouteKey, headers.Scope);
                if (attempt >= MaxRateLimitedAttempts)
                {
                    DiscordRestLog.RateLimitRetriesExhausted(_logger, route.RouteKey, attempt);
                    return response;
                }
                await BackOffAsync(route, bucket, headers, response, cancellationToken).ConfigureAwait(false);
                _metrics?.Retry(route.RouteKey, "rate_limited");
            }
            finally
            {
                bucket.Exit();
            }
        }
    }

    private async Task BackOffAsync(
        DiscordRoute route, RateLimitBucket bucket, RateLimitHeaders headers, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using (response)
        {
            var body = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
            var retryAfter = body?.RetryAfter is { } seconds && seconds >= 0
                ? TimeSpan.FromSeconds(seconds)
                : headers.RetryAfter ?? TimeSpan.FromSeconds(1);
            var global = headers.Global || body?.Global == true || string.Equals(headers.Scope, "global", StringComparison.OrdinalIgnoreCase);
            DiscordRestLog.RateLimited(_logger, route.RouteKey, headers.Scope, global, retryAfter);
            if (global)
            {
                _global.Block(retryAfter);
            }
            // "user" and "shared" scopes both mean: this bucket is closed for retry_after. The bucket stays
            // closed for everyone waiting on it, and this request waits its turn again.
            var now = _timeProvider.GetUtcNow();
            bucket.Block(retryAfter, now);
            if (_buckets.Find(route) is { } learned && !ReferenceEquals(learned, bucket))
            {
                learned.Block(retryAfter, now);
            }
        }
    }

    private static async Task<Models.DiscordErrorResponse?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await JsonSerializer.DeserializeAsync(stream, DiscordJsonContext.Default.DiscordErrorResponse, cancellationToken)
                    .ConfigureAwait(false);
            }
        }
        catch (JsonException)
        {
            return null; // a proxy's HTML 429: fall back to the Retry-After header
        }
    }

    private void StopForRejectedToken(DiscordRoute route)
    {
        // Several calls can be in flight when the token dies: one fatal line, one stop signal.
        if (Interlocked.Exchange(ref _unauthorized, 1) == 0)
        {
            DiscordRestLog.Unauthorized(_logger, route.RouteKey);
            _tokenRejected.Cancel();
        }
    }

    private void ThrowIfStopped(DiscordRoute route)
    {
        if (IsStopped)
        {
            throw new DiscordUnauthorizedException(route.RouteKey);
        }
    }
}
