using System.Net;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;

namespace Briefing.Discord.Tests.Rest;

public sealed class DiscordRateLimiterTests
{
    private const string MessageJson = """{"id":"10","channel_id":"5","author":{"id":"1","username":"b"},"content":"x"}""";

    /// <summary>A REST client on <paramref name="limiter"/> whose every answer names the bucket "hook" (limit 5, 4 left, reset after 1 s).</summary>
    private static DiscordRestClient FollowUpClient(RestTestHarness harness, DiscordRateLimiter limiter)
    {
        harness.Handler.Respond = _ => FakeDiscordHandler.Json(HttpStatusCode.OK, MessageJson, FakeDiscordHandler.Bucket("hook", 5, 4, 1));
        return new DiscordRestClient(harness.HttpClient, limiter,
            Microsoft.Extensions.Options.Options.Create(new DiscordOptions { Token = RestTestHarness.Token, ApiBaseUrl = RestTestHarness.ApiBase }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<DiscordRestClient>.Instance);
    }

    private static Task<DiscordMessage> Post(RestTestHarness harness, ulong channelId = 5) =>
        harness.Client.CreateMessageAsync(channelId, MessagePayload.Text("x"), CancellationToken.None);

    [Fact]
    public async Task A_bucket_of_two_makes_the_third_call_wait_for_reset_after()
    {
        using var harness = new RestTestHarness();
        var remaining = 2;
        harness.Handler.Respond = _ =>
        {
            remaining = remaining == 0 ? 1 : remaining - 1;
            return FakeDiscordHandler.Json(HttpStatusCode.OK, MessageJson, FakeDiscordHandler.Bucket("abc", 2, remaining, 5));
        };

        await Post(harness);
        await Post(harness);
        var third = Post(harness);

        Assert.False(third.IsCompleted);
        Assert.Equal(2, harness.RequestCount);
        // The third waits on the clock for the bucket's reset (5 s) plus the margin; just before that, nothing is sent.
        await harness.Time.WaitForTimerAsync(harness.Time.Start + TimeSpan.FromSeconds(5) + DiscordRateLimiter.SafetyMargin);
        harness.Time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.Equal(2, harness.RequestCount);
        harness.Time.Advance(TimeSpan.FromSeconds(0.1) + DiscordRateLimiter.SafetyMargin);
        await third;
        Assert.Equal(3, harness.RequestCount);
        Assert.True(harness.Handler.Requests.Last().At - harness.Handler.Requests.First().At >= TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Buckets_are_per_top_level_resource()
    {
        using var harness = new RestTestHarness();
        harness.Handler.Respond = _ => FakeDiscordHandler.Json(HttpStatusCode.OK, MessageJson, FakeDiscordHandler.Bucket("abc", 1, 0, 5));

        await Post(harness, channelId: 5);
        var otherChannel = Post(harness, channelId: 6);
        var sameChannel = Post(harness, channelId: 5);

        await otherChannel;
        Assert.False(sameChannel.IsCompleted);
        await harness.AdvanceUntilAsync(sameChannel, TimeSpan.FromSeconds(1));
        Assert.Equal(3, harness.RequestCount);
    }

    [Fact]
    public async Task A_429_with_retry_after_in_the_body_is_retried_only_after_retry_after()
    {
        using var harness = new RestTestHarness();
        var calls = 0;
        harness.Handler.Respond = _ => ++calls == 1
            ? FakeDiscordHandler.Json(HttpStatusCode.TooManyRequests, """{"message":"You are being rate limited.","retry_after":2.5,"global":false}""",
                ("Retry-After", "3"), ("X-RateLimit-Scope", "user"))
            : FakeDiscordHandler.Json(HttpStatusCode.OK, MessageJson);

        var post = Post(harness);
        // The retry waits on the clock for the body's retry_after (2.5 s, not the header's 3) plus the margin.
        await harness.Time.WaitForTimerAsync(harness.Time.Start + TimeSpan.FromSeconds(2.5) + DiscordRateLimiter.SafetyMargin);
        harness.Time.Advance(TimeSpan.FromSeconds(2.4));
        Assert.Equal(1, harness.RequestCount);
        harness.Time.Advance(TimeSpan.FromSeconds(0.1) + DiscordRateLimiter.SafetyMargin);
        var message = await post;

        Assert.Equal(10UL, message.Id);
        var times = harness.Handler.Requests.Select(request => request.At).ToArray();
        Assert.Equal(TimeSpan.FromSeconds(2.5) + DiscordRateLimiter.SafetyMargin, times[1] - times[0]);
    }

    [Fact]
    public async Task A_429_without_body_uses_the_retry_after_header()
    {
        using var harness = new RestTestHarness();
        var calls = 0;
        harness.Handler.Respond = _ => ++calls == 1
            ? new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { { "Retry-After", "2" } }, Content = new StringContent("slow down") }
            : FakeDiscordHandler.Json(HttpStatusCode.OK, MessageJson);

        var post = Post(harness);
        await harness.AdvanceUntilAsync(post, TimeSpan.FromMilliseconds(250));

        var times = harness.Handler.Requests.Select(request => request.At).ToArray();
        Assert.True(times[1] - times[0] >= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task A_global_429_holds_requests_on_every_route_but_not_interaction_callbacks()
    {
        using var harness = new RestTestHarness();
        var calls = 0;
        harness.Handler.Respond = request => request.Path.Contains("/messages", StringComparison.Ordinal) && ++calls == 1
            ? FakeDiscordHandler.Json(HttpStatusCode.TooManyRequests, """{"message":"global","retry_after":3,"global":true}""",
                ("X-RateLimit-Global", "true"), ("X-RateLimit-Scope", "global"))
            : request.Path.Contains("/callback", StringComparison.Ordinal)
                ? new HttpResponseMessage(HttpStatusCode.NoContent)
                : FakeDiscordHandler.Json(HttpStatusCode.OK, request.Path.Contains("/channels/9", StringComparison.Ordinal) && !request.Path.Contains("messages", StringComparison.Ordinal)
                    ? """{"id":"9","type":0}""" : MessageJson);

        var post = Post(harness);
        var otherRoute = harness.Client.GetChannelAsync(9, CancellationToken.None);
        await harness.Client.CreateInteractionResponseAsync(1, "tok", new InteractionResponse { Type = InteractionCallbackType.DeferredChannelMessageWithSource }, CancellationToken.None);

        Assert.False(otherRoute.IsCompleted);
        Assert.Equal(2, harness.RequestCount); // the 429 and the exempt callback
        await harness.AdvanceUntilAsync(Task.WhenAll(post, otherRoute), TimeSpan.FromMilliseconds(500));
        var channelFetch = harness.Handler.Requests.Single(request => request.Path.EndsWith("/channels/9", StringComparison.Ordinal));
        Assert.True(channelFetch.At - harness.Handler.Requests.First().At >= TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task A_shared_scope_429_is_waited_out_on_that_bucket()
    {
        using var harness = new RestTestHarness();
        var calls = 0;
        harness.Handler.Respond = _ => ++calls == 1
            ? FakeDiscordHandler.Json(HttpStatusCode.TooManyRequests, """{"message":"shared","retry_after":1.5,"global":false}""",
                [.. FakeDiscordHandler.Bucket("thr", 5, 0, 1.5), ("X-RateLimit-Scope", "shared")])
            : FakeDiscordHandler.Json(HttpStatusCode.OK, MessageJson, FakeDiscordHandler.Bucket("thr", 5, 4, 10));

        var first = Post(harness);
        var second = Post(harness);
        await harness.AdvanceUntilAsync(Task.WhenAll(first, second), TimeSpan.FromMilliseconds(100));

        var times = harness.Handler.Requests.Select(request => request.At).ToArray();
        Assert.Equal(3, times.Length);
        Assert.True(times[1] - times[0] >= TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public async Task A_401_stops_every_later_call_without_a_request()
    {
        using var harness = new RestTestHarness();
        harness.Handler.Respond = _ => FakeDiscordHandler.Json(HttpStatusCode.Unauthorized, """{"message":"401: Unauthorized","code":0}""");

        await Assert.ThrowsAsync<DiscordUnauthorizedException>(() => harness.Client.GetGatewayBotAsync(CancellationToken.None));
        var later = await Assert.ThrowsAsync<DiscordUnauthorizedException>(() => Post(harness));
        await Assert.ThrowsAsync<DiscordUnauthorizedException>(() => harness.Client.GetCurrentUserAsync(CancellationToken.None));

        Assert.Equal(1, harness.RequestCount);
        Assert.True(harness.Limiter.IsStopped);
        Assert.Equal(HttpStatusCode.Unauthorized, later.StatusCode);
        Assert.Contains("token", later.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(RestTestHarness.Token, later.Message);
    }

    [Fact]
    public async Task Concurrent_calls_never_exceed_a_learned_bucket()
    {
        using var harness = new RestTestHarness();
        var bucket = new SimulatedBucket(limit: 3, window: TimeSpan.FromSeconds(2), harness.Time);
        harness.Handler.Respond = _ => bucket.Take(MessageJson);

        await Post(harness); // learn the bucket
        var burst = Enumerable.Range(0, 20).Select(_ => Post(harness)).ToArray();
        await harness.AdvanceUntilAsync(Task.WhenAll(burst), TimeSpan.FromMilliseconds(100));

        Assert.Equal(21, harness.RequestCount);
        Assert.Equal(0, bucket.Violations);
    }

    [Fact]
    public async Task The_global_cap_allows_at_most_fifty_requests_per_second()
    {
        using var harness = new RestTestHarness();
        harness.Handler.Respond = _ => FakeDiscordHandler.Json(HttpStatusCode.OK, MessageJson);

        // Different channels: separate buckets, so only the global cap paces them.
        var posts = Enumerable.Range(0, 120).Select(i => Post(harness, channelId: (ulong)(100 + i))).ToArray();
        Assert.Equal(DiscordRateLimiter.GlobalRequestsPerSecond, harness.RequestCount);
        await harness.AdvanceUntilAsync(Task.WhenAll(posts), TimeSpan.FromMilliseconds(50));

        var times = harness.Handler.Requests.Select(request => request.At).OrderBy(time => time).ToArray();
        for (var i = DiscordRateLimiter.GlobalRequestsPerSecond; i < times.Length; i++)
        {
            Assert.True(times[i] - times[i - DiscordRateLimiter.GlobalRequestsPerSecond] >= TimeSpan.FromSeconds(1));
        }
    }

    [Fact]
    public async Task Interaction_callbacks_are_exempt_from_the_global_cap()
    {
        using var harness = new RestTestHarness();
        harness.Handler.Respond = request => request.Path.Contains("/callback", StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.NoContent)
            : FakeDiscordHandler.Json(HttpStatusCode.OK, MessageJson);
        var posts = Enumerable.Range(0, 60).Select(i => Post(harness, channelId: (ulong)(100 + i))).ToArray();

        var callbacks = Enumerable.Range(0, 10).Select(i => harness.Client.CreateInteractionResponseAsync((ulong)(i + 1), "tok" + i,
            new InteractionResponse { Type = InteractionCallbackType.DeferredChannelMessageWithSource }, CancellationToken.None));
        await Task.WhenAll(callbacks);

        Assert.Equal(60, harness.RequestCount); // 50 posts + 10 callbacks at t=0
        await harness.AdvanceUntilAsync(Task.WhenAll(posts), TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public async Task Expired_buckets_are_pruned_so_per_token_buckets_do_not_pile_up()
    {
        using var harness = new RestTestHarness();
        var limiter = new DiscordRateLimiter(harness.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<DiscordRateLimiter>.Instance) { PruneThreshold = 10 };
        var client = FollowUpClient(harness, limiter);

        for (var i = 0; i < 30; i++)
        {
            await client.CreateFollowupMessageAsync(1, $"token-{i}", MessagePayload.Text("x"), CancellationToken.None);
        }
        Assert.True(limiter.BucketCount > 10);
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        await client.CreateFollowupMessageAsync(1, "token-last", MessagePayload.Text("x"), CancellationToken.None);

        Assert.InRange(limiter.BucketCount, 1, 3);
    }

    [Fact]
    public async Task Buckets_are_pruned_at_most_once_per_interval_so_a_burst_does_not_walk_them_after_every_response()
    {
        using var harness = new RestTestHarness();
        var limiter = new DiscordRateLimiter(harness.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<DiscordRateLimiter>.Instance)
        {
            PruneThreshold = 10,
            PruneInterval = TimeSpan.FromSeconds(10),
        };
        var client = FollowUpClient(harness, limiter);

        // The first pass runs when the map passes the threshold (nothing has expired yet); the next is due 10 s later.
        for (var i = 0; i < 30; i++)
        {
            await client.CreateFollowupMessageAsync(1, $"token-{i}", MessagePayload.Text("x"), CancellationToken.None);
        }
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        await client.CreateFollowupMessageAsync(1, "token-early", MessagePayload.Text("x"), CancellationToken.None);
        Assert.True(limiter.BucketCount > 30, "every bucket expired, but the interval has not passed: no pass yet");

        harness.Time.Advance(TimeSpan.FromSeconds(9));
        await client.CreateFollowupMessageAsync(1, "token-late", MessagePayload.Text("x"), CancellationToken.None);
        Assert.InRange(limiter.BucketCount, 1, 3);
    }
}
