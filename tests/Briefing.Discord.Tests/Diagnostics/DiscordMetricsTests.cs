using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using Briefing.Discord.Diagnostics;
using Briefing.Discord.Gateway;
using Briefing.Discord.Interactions;
using Briefing.Discord.Models;
using Briefing.Discord.Tests.Interactions;
using Briefing.Discord.Tests.Rest;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Briefing.Discord.Tests.Diagnostics;

/// <summary>The wire project's instruments, read with MetricCollector from the container's own meter factory (no exporter).</summary>
public sealed class DiscordMetricsTests
{
    private const string MessageJson = """{"id":"10","channel_id":"5","author":{"id":"1","username":"b"},"content":"x"}""";
    private const string CreateMessageRoute = "POST /channels/{channel_id}/messages";

    [Fact]
    public async Task A_request_answered_429_then_502_then_200_counts_one_request_one_429_and_two_retries()
    {
        await using var harness = new RegisteredRestHarness();
        var factory = harness.Provider.GetRequiredService<IMeterFactory>();
        using var requests = new MetricCollector<long>(factory, DiscordMetrics.MeterName, DiscordMetrics.RestRequestsName);
        using var limited = new MetricCollector<long>(factory, DiscordMetrics.MeterName, DiscordMetrics.RateLimitedName);
        using var retries = new MetricCollector<long>(factory, DiscordMetrics.MeterName, DiscordMetrics.RetriesName);
        harness.RespondInTurn(
            () => FakeDiscordHandler.Json(HttpStatusCode.TooManyRequests, """{"message":"slow down","retry_after":0.5,"global":false}""", ("X-RateLimit-Scope", "user")),
            () => RegisteredRestHarness.Status(HttpStatusCode.BadGateway),
            () => FakeDiscordHandler.Json(HttpStatusCode.OK, MessageJson));

        var call = harness.Client.CreateMessageAsync(5, MessagePayload.Text("hello"), CancellationToken.None);
        await harness.AdvanceUntilAsync(call);
        await call;

        var request = Assert.Single(requests.GetMeasurementSnapshot());
        Assert.Equal(1, request.Value);
        Assert.Equal(CreateMessageRoute, request.Tags["route"]);
        Assert.Equal(200, request.Tags["status"]);
        var rateLimited = Assert.Single(limited.GetMeasurementSnapshot());
        Assert.Equal("user", rateLimited.Tags["scope"]);
        Assert.Equal(["rate_limited", "server_error"], retries.GetMeasurementSnapshot().Select(m => (string)m.Tags["reason"]!).Order());
    }

    [Fact]
    public async Task Ack_latency_runs_from_the_interactions_arrival_to_the_accepted_callback()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();
        using var latency = new MetricCollector<double>(factory, DiscordMetrics.MeterName, DiscordMetrics.AckLatencyName);
        var harness = new ResponderHarness();
        var responders = harness.Factory(new DiscordMetrics(factory));
        var arrived = harness.Time.GetUtcNow();
        await using var responder = responders.Create(new Interaction { Id = 11, ApplicationId = 22, Token = "tok", Type = InteractionType.ApplicationCommand }, arrived);

        harness.Time.Advance(TimeSpan.FromMilliseconds(40));
        Assert.True(await responder.DeferAsync(ephemeral: false, CancellationToken.None));
        Assert.False(await responder.DeferAsync(ephemeral: false, CancellationToken.None));

        var measurement = Assert.Single(latency.GetMeasurementSnapshot());
        Assert.Equal(40, measurement.Value);
        Assert.Equal((int)InteractionCallbackType.DeferredChannelMessageWithSource, measurement.Tags["callback_type"]);
    }

    [Fact]
    public async Task The_event_queue_depth_is_observed_as_a_gauge()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();
        using var depth = new MetricCollector<int>(factory, DiscordMetrics.MeterName, DiscordMetrics.EventQueueDepthName);
        var queue = new GatewayEventQueue(
            Options.Create(new DiscordGatewayOptions { EventQueueCapacity = 10 }), TimeProvider.System, NullLogger<GatewayEventQueue>.Instance, new DiscordMetrics(factory));

        for (var i = 0; i < 3; i++)
        {
            Assert.True(await queue.EnqueueAsync(new GatewayEvent("MESSAGE_CREATE", JsonDocument.Parse("{}").RootElement, 0, DateTimeOffset.UnixEpoch), CancellationToken.None));
        }

        depth.RecordObservableInstruments();
        Assert.Equal(3, depth.LastMeasurement?.Value);
        Assert.True(queue.Reader.TryRead(out _));
        depth.RecordObservableInstruments();
        Assert.Equal(2, depth.LastMeasurement?.Value);
    }
}
