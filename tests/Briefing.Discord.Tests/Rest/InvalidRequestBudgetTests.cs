using System.Net;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;

namespace Briefing.Discord.Tests.Rest;

/// <summary>401/403/429 answers are counted over a sliding 10 minutes (shared-scope 429s excepted) and slow the bot down long before Discord's ban at 10,000.</summary>
public sealed class InvalidRequestBudgetTests
{
    private const string MessageJson = """{"id":"10","channel_id":"5","author":{"id":"1","username":"b"},"content":"x"}""";
    private const ulong Forbidden = 9;

    private static HttpResponseMessage Answer(RecordedRequest request) =>
        request.Path.Contains($"/channels/{Forbidden}/", StringComparison.Ordinal)
            ? FakeDiscordHandler.Json(HttpStatusCode.Forbidden, """{"message":"Missing Permissions","code":50013}""")
            : request.Path.EndsWith("/typing", StringComparison.Ordinal)
                ? new HttpResponseMessage(HttpStatusCode.NoContent)
                : FakeDiscordHandler.Json(HttpStatusCode.OK, MessageJson);

    private static Task<DiscordMessage> Post(RestTestHarness harness, ulong channelId) =>
        harness.Client.CreateMessageAsync(channelId, MessagePayload.Text("x"), CancellationToken.None);

    private static async Task FailAsync(RestTestHarness harness, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await Assert.ThrowsAsync<DiscordRestException>(() => Post(harness, Forbidden));
        }
    }

    [Fact]
    public async Task Invalid_answers_are_counted_over_a_sliding_ten_minutes_and_shared_429s_are_not()
    {
        using var harness = new RestTestHarness();
        var calls = new Dictionary<string, int>();
        harness.Handler.Respond = request =>
        {
            calls[request.Path] = calls.GetValueOrDefault(request.Path) + 1;
            var first = calls[request.Path] == 1;
            return request.Path.Contains("/channels/2/", StringComparison.Ordinal) && first
                ? FakeDiscordHandler.Json(HttpStatusCode.TooManyRequests, """{"message":"shared","retry_after":0.5,"global":false}""", ("X-RateLimit-Scope", "shared"))
                : request.Path.Contains("/channels/3/", StringComparison.Ordinal) && first
                    ? FakeDiscordHandler.Json(HttpStatusCode.TooManyRequests, """{"message":"user","retry_after":0.5,"global":false}""", ("X-RateLimit-Scope", "user"))
                    : Answer(request);
        };

        await FailAsync(harness, 3);
        await harness.AdvanceUntilAsync(Post(harness, 2), TimeSpan.FromMilliseconds(100));
        Assert.Equal(3, harness.Limiter.InvalidRequests.Count);
        await harness.AdvanceUntilAsync(Post(harness, 3), TimeSpan.FromMilliseconds(100));
        Assert.Equal(4, harness.Limiter.InvalidRequests.Count);

        harness.Time.Advance(TimeSpan.FromMinutes(5));
        await FailAsync(harness, 1);
        Assert.Equal(5, harness.Limiter.InvalidRequests.Count);
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, harness.Limiter.InvalidRequests.Count);
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, harness.Limiter.InvalidRequests.Count);
    }

    [Fact]
    public async Task Past_each_mark_typing_waits_then_is_refused_and_near_the_limit_every_call_is_refused()
    {
        var logs = new FakeLogger<DiscordRateLimiter>();
        using var harness = new RestTestHarness(logs, (time, logger) => new InvalidRequestBudget(time, logger)
        {
            SlowDownAt = 3,
            RefuseNonEssentialAt = 5,
            RefuseAllAt = 7,
            NonEssentialDelay = TimeSpan.FromSeconds(1),
        });
        harness.Handler.Respond = Answer;
        await harness.Client.TriggerTypingAsync(1, CancellationToken.None); // below every mark: at once

        await FailAsync(harness, 3);
        var sent = harness.RequestCount;
        var typing = harness.Client.TriggerTypingAsync(1, CancellationToken.None);
        // Typing waits on the clock for the slow-down delay (1 s) before it is sent.
        await harness.Time.WaitForTimerAsync(harness.Time.GetUtcNow() + TimeSpan.FromSeconds(1));
        harness.Time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(typing.IsCompleted);
        Assert.Equal(sent, harness.RequestCount);
        harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        await typing;
        Assert.Equal(sent + 1, harness.RequestCount);

        await FailAsync(harness, 2);
        sent = harness.RequestCount;
        var refused = await Assert.ThrowsAsync<DiscordRequestRefusedException>(() => harness.Client.TriggerTypingAsync(1, CancellationToken.None));
        Assert.Equal(5, refused.InvalidRequests);
        await Post(harness, 10); // essential calls still go
        Assert.Equal(sent + 1, harness.RequestCount);

        await FailAsync(harness, 2);
        sent = harness.RequestCount;
        await Assert.ThrowsAsync<DiscordRequestRefusedException>(() => Post(harness, 10));
        Assert.Equal(sent, harness.RequestCount);
        Assert.Contains(logs.Collector.GetSnapshot(), log => log.Level == LogLevel.Error && log.Message.Contains("7 invalid Discord requests", StringComparison.Ordinal));
        Assert.Contains(logs.Collector.GetSnapshot(), log => log.Level == LogLevel.Warning && log.Message.Contains("3 invalid Discord requests", StringComparison.Ordinal));

        harness.Time.Advance(InvalidRequestBudget.Window);
        await Post(harness, 10);
        Assert.Equal(sent + 1, harness.RequestCount);
    }

    [Fact]
    public void The_default_marks_sit_well_below_discords_limit()
    {
        var budget = new InvalidRequestBudget(TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);

        Assert.Equal(10_000, InvalidRequestBudget.DiscordLimit);
        Assert.Equal(TimeSpan.FromMinutes(10), InvalidRequestBudget.Window);
        Assert.Equal(5_000, budget.SlowDownAt);
        Assert.Equal(8_000, budget.RefuseNonEssentialAt);
        Assert.True(budget.RefuseAllAt < InvalidRequestBudget.DiscordLimit);
    }
}
