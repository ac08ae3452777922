using Briefing.Discord.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace Briefing.Discord.Rest;

/// <summary>
/// The retry-only resilience pipeline on the Discord HttpClient: transient server failures are retried a few
/// times with jittered exponential backoff (or after Retry-After). Deliberately not the standard pipeline:
/// its retry also retries 429s, which the <see cref="DiscordRateLimiter"/> must see to learn and honour
/// retry_after, its circuit breaker would fail calls the limiter is pacing, and its 30 s total timeout would
/// cut the limiter's bucket waits short.
/// </summary>
internal static class ServerErrorRetry
{
    public const string PipelineName = "server-errors";

    /// <summary>Carries the loggable route key into the pipeline; the request URI may hold an interaction token.</summary>
    public static readonly HttpRequestOptionsKey<string> RouteKey = new("Briefing.Discord.RouteKey");

    /// <summary>Median first delay; Discord's 502 "no gateway available" clears within a second or two.</summary>
    public static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(500);

    /// <summary>Cap on the computed backoff, so a retry never outlives an interaction's short lifetime by much.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A server that asks for a longer pause than this is not having a blip: retrying would hold the route's
    /// rate-limit bucket (one request in flight) that long, so the error goes to the caller instead.
    /// </summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(10);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var services = context.ServiceProvider;
        var retries = services.GetRequiredService<IOptions<DiscordOptions>>().Value.ServerErrorRetries;
        if (retries == 0)
        {
            return; // an empty pipeline: Polly refuses a retry strategy with zero attempts
        }
        // Delays run on builder.TimeProvider, which Polly's DI integration sets from the container's TimeProvider.
        var timeProvider = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILogger<DiscordRestClient>>();
        var metrics = services.GetService<DiscordMetrics>();
        builder.AddRetry(new HttpRetryStrategyOptions
        {
            // ShouldRetryAfterHeader stays on (the default): a Retry-After replaces the computed delay.
            MaxRetryAttempts = retries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = BaseDelay,
            MaxDelay = MaxDelay,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, Request(args.Outcome, args.Context), timeProvider)),
            OnRetry = args =>
            {
                var request = Request(args.Outcome, args.Context);
                LogRetry(logger, args.Outcome, request, args.AttemptNumber + 1, args.RetryDelay);
                metrics?.Retry(RouteOf(request), "server_error");
                return ValueTask.CompletedTask;
            },
        });
    }

    /// <summary>The retry rules, apart from the attempt count.</summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request, TimeProvider timeProvider)
    {
        if (outcome.Exception is { } exception)
        {
            // The request may have reached Discord before the connection broke: only a method that is safe
            // to repeat may go again. A timeout or a cancellation is the caller's decision, never retried.
            return exception is HttpRequestException && IsIdempotent(request);
        }
        if (outcome.Result is not { } response)
        {
            return false;
        }
        var retryable = response.StatusCode switch
        {
            // Discord's edge answers these before the API has acted: safe to repeat for every method.
            HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => true,
            // A 500 may come after the write happened: repeating a POST or PATCH could post twice.
            HttpStatusCode.InternalServerError => IsIdempotent(request),
            // 429 belongs to the DiscordRateLimiter and every other 4xx is final.
            _ => false,
        };
        return retryable && (RetryAfter(response, timeProvider) is not { } wait || wait <= MaxRetryAfter);
    }

    private static bool IsIdempotent(HttpRequestMessage? request) =>
        request?.Method is { } method
        && (method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Head);

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider timeProvider) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - timeProvider.GetUtcNow(),
        _ => null,
    };

    private static HttpRequestMessage? Request(Outcome<HttpResponseMessage> outcome, ResilienceContext context) =>
        outcome.Result?.RequestMessage ?? context.GetRequestMessage();

    // Never the URI: interaction routes carry the interaction token in the path.
    private static string RouteOf(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(RouteKey, out var key) ? key : "(unknown route)";

    private static void LogRetry(ILogger logger, Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request, int retry, TimeSpan delay)
    {
        var route = RouteOf(request);
        if (outcome.Result is { } response)
        {
            DiscordRestLog.RetryingServerError(logger, (int)response.StatusCode, route, retry, delay);
        }
        else
        {
            DiscordRestLog.RetryingFailedConnection(logger, outcome.Exception, route, retry, delay);
        }
    }
}
