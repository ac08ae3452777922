using System.Net;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;

namespace Briefing.Discord.Tests.Rest;

/// <summary>
/// How the server-error retries wait (Retry-After, the container's clock), what they log, and that 429s
/// still reach the <see cref="DiscordRateLimiter"/> untouched.
/// </summary>
public sealed class ServerErrorRetryTimingTests
{
    private const string MessageJson = """{"id":"10","channel_id":"5","author":{"id":"1","username":"Briefing","bot":true},"content":"hi"}""";
    private const string ChannelJson = """{"id":"9","type":0,"name":"news"}""";
    private const string RateLimitedJson = """{"message":"You are being rate limited.","retry_after":2.5,"global":false}""";

    [Fact]
    public async Task A_retry_after_header_sets_the_delay_on_the_injected_clock()
    {
        await using var harness = new RegisteredRestHarness();
        harness.RespondInTurn(
            () => RegisteredRestHarness.Status(HttpStatusCode.ServiceUnavailable, ("Retry-After", "3")),
            () => FakeDiscordHandler.Json(HttpStatusCode.OK, ChannelJson));

        await harness.AdvanceUntilAsync(harness.Client.GetChannelAsync(9, CancellationToken.None));

        // Polly on TimeProvider.System would wait 3 real seconds while the fake clock ran far ahead; a jittered
        // delay that ignored the header would be at most about a second.
        var times = harness.Handler.Requests.Select(request => request.At).ToArray();
        Assert.Equal(2, times.Length);
        Assert.InRange(times[1] - times[0], TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3.5));
        var logged = Assert.Single(harness.LogsWithEventId(4105));
        Assert.Equal(TimeSpan.FromSeconds(3).ToString(), logged.GetStructuredStateValue("Delay"));
    }

    [Fact]
    public async Task A_retry_after_beyond_ten_seconds_is_not_waited_out()
    {
        await using var harness = new RegisteredRestHarness();
        harness.RespondInTurn(
            () => RegisteredRestHarness.Status(HttpStatusCode.ServiceUnavailable, ("Retry-After", "60")),
            () => FakeDiscordHandler.Json(HttpStatusCode.OK, ChannelJson));

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.AdvanceUntilAsync(harness.Client.GetChannelAsync(9, CancellationToken.None)));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(1, harness.RequestCount);
    }

    [Fact]
    public async Task Retries_log_the_route_template_and_never_a_token()
    {
        const string interactionToken = "aW50ZXJhY3Rpb246c2VjcmV0";
        await using var harness = new RegisteredRestHarness();
        harness.RespondInTurn(
            () => RegisteredRestHarness.Status(HttpStatusCode.BadGateway),
            () => throw new HttpRequestException("connection reset"),
            () => new HttpResponseMessage(HttpStatusCode.NoContent));

        await harness.AdvanceUntilAsync(harness.Client.CreateInteractionResponseAsync(77, interactionToken,
            new InteractionResponse { Type = InteractionCallbackType.DeferredChannelMessageWithSource }, CancellationToken.None)
            .ContinueWith(_ => { }, TaskScheduler.Default));

        // The broken connection ends the POST (it may have been delivered); the 502 before it was retried.
        Assert.Equal(2, harness.RequestCount);
        var retry = Assert.Single(harness.LogsWithEventId(4105));
        Assert.Equal("POST /interactions/{interaction_id}/{interaction_token}/callback", retry.GetStructuredStateValue("Route"));
        Assert.Equal("502", retry.GetStructuredStateValue("Status"));
        Assert.All(harness.Logs.GetSnapshot(), record =>
        {
            var text = record.Message + record.Exception + string.Join(' ', record.StructuredState?.Select(pair => pair.Value) ?? []);
            Assert.DoesNotContain(interactionToken, text);
            Assert.DoesNotContain(RegisteredRestHarness.Token, text);
        });
    }

    [Fact]
    public async Task A_get_logs_each_retry_of_a_broken_connection()
    {
        await using var harness = new RegisteredRestHarness();
        harness.RespondInTurn(
            () => throw new HttpRequestException("connection reset"),
            () => FakeDiscordHandler.Json(HttpStatusCode.OK, ChannelJson));

        await harness.AdvanceUntilAsync(harness.Client.GetChannelAsync(9, CancellationToken.None));

        var retry = Assert.Single(harness.LogsWithEventId(4106));
        Assert.Equal("GET /channels/{channel_id}", retry.GetStructuredStateValue("Route"));
        Assert.IsType<HttpRequestException>(retry.Exception);
    }

    [Fact]
    public async Task A_429_is_left_to_the_rate_limiter_which_waits_retry_after()
    {
        await using var harness = new RegisteredRestHarness();
        harness.RespondInTurn(
            () => FakeDiscordHandler.Json(HttpStatusCode.TooManyRequests, RateLimitedJson, ("Retry-After", "3"), ("X-RateLimit-Scope", "user")),
            () => FakeDiscordHandler.Json(HttpStatusCode.OK, MessageJson));

        var post = harness.Client.CreateMessageAsync(5, MessagePayload.Text("paced"), CancellationToken.None);
        // The retry waits on the clock for retry_after (2.5 s) plus the margin; just before that, nothing is sent.
        await harness.Time.WaitForTimerAsync(harness.Time.Start + TimeSpan.FromSeconds(2.5) + DiscordRateLimiter.SafetyMargin);
        harness.Time.Advance(TimeSpan.FromSeconds(2.4));
        Assert.Equal(1, harness.RequestCount);
        harness.Time.Advance(TimeSpan.FromSeconds(0.1) + DiscordRateLimiter.SafetyMargin);
        var message = await post.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(10UL, message.Id);
        var times = harness.Handler.Requests.Select(request => request.At).ToArray();
        Assert.Equal(TimeSpan.FromSeconds(2.5) + DiscordRateLimiter.SafetyMargin, times[1] - times[0]);
        Assert.Single(harness.LogsWithEventId(4100));
        Assert.Empty(harness.LogsWithEventId(4105));
    }

    [Fact]
    public async Task Endless_429s_cost_exactly_the_rate_limiters_five_attempts()
    {
        await using var harness = new RegisteredRestHarness();
        harness.Handler.Respond = _ => FakeDiscordHandler.Json(HttpStatusCode.TooManyRequests,
            """{"message":"You are being rate limited.","retry_after":0.5,"global":false}""");

        var error = await Assert.ThrowsAsync<DiscordRestException>(() =>
            harness.AdvanceUntilAsync(harness.Client.CreateMessageAsync(5, MessagePayload.Text("x"), CancellationToken.None)));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(5, harness.RequestCount);
        Assert.Single(harness.LogsWithEventId(4104));
    }
}
