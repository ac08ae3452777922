using System.Diagnostics.Metrics;

namespace Briefing.Discord.Diagnostics;

/// <summary>
/// The wire project's instruments on the <c>Briefing</c> meter: REST requests, 429s and retries, interaction
/// acknowledgement latency, and the gateway event queue's depth. Plain System.Diagnostics.Metrics: the executable
/// decides whether anything exports them.
/// </summary>
public sealed class DiscordMetrics
{
    /// <summary>The meter every Briefing project records on; the executable exports this name.</summary>
    public const string MeterName = "Briefing";

    public const string RestRequestsName = "briefing.discord.rest.requests";
    public const string RateLimitedName = "briefing.discord.rest.rate_limited";
    public const string RetriesName = "briefing.discord.rest.retries";
    public const string AckLatencyName = "briefing.discord.interaction.ack_latency";
    public const string EventQueueDepthName = "briefing.discord.gateway.event_queue.depth";

    private readonly Counter<long> _restRequests;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _retries;
    private readonly Histogram<double> _ackLatency;
    private readonly Meter _meter;
    private Func<int>? _eventQueueDepth;

    public DiscordMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _meter = meterFactory.Create(MeterName);
        _restRequests = _meter.CreateCounter<long>(RestRequestsName, "{request}", "Discord REST calls answered, by route template and status code");
        _rateLimited = _meter.CreateCounter<long>(RateLimitedName, "{response}", "429 answers from Discord, by route template and scope");
        _retries = _meter.CreateCounter<long>(RetriesName, "{retry}", "REST attempts repeated after a 429 or a transient server error");
        _ackLatency = _meter.CreateHistogram<double>(AckLatencyName, "ms", "From an interaction's arrival to its acknowledgement (callback) being accepted",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [5, 10, 25, 50, 100, 150, 250, 500, 1000, 2000, 3000, 5000] });
        _meter.CreateObservableGauge(EventQueueDepthName, () => _eventQueueDepth?.Invoke() ?? 0, "{event}", "Gateway events waiting for the dispatcher");
    }

    public void RestRequest(string route, int statusCode) =>
        _restRequests.Add(1, new KeyValuePair<string, object?>("route", route), new KeyValuePair<string, object?>("status", statusCode));

    public void RateLimited(string route, string? scope) =>
        _rateLimited.Add(1, new KeyValuePair<string, object?>("route", route), new KeyValuePair<string, object?>("scope", scope ?? "unknown"));

    /// <summary><paramref name="reason"/> is <c>rate_limited</c> or <c>server_error</c>.</summary>
    public void Retry(string route, string reason) =>
        _retries.Add(1, new KeyValuePair<string, object?>("route", route), new KeyValuePair<string, object?>("reason", reason));

    /// <summary><paramref name="callbackType"/>: 4 (the answer itself), 5 or 6 (a deferral).</summary>
    public void Acknowledged(TimeSpan sinceArrival, int callbackType) =>
        _ackLatency.Record(sinceArrival.TotalMilliseconds, new KeyValuePair<string, object?>("callback_type", callbackType));

    /// <summary>The queue reports its depth through this when observed (one gateway queue per process).</summary>
    public void ObserveEventQueue(Func<int> depth) => _eventQueueDepth = depth;
}
