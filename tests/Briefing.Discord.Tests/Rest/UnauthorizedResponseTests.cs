using System.Net;
using Briefing.Discord.Gateway;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Hosting;

namespace Briefing.Discord.Tests.Rest;

/// <summary>
/// A 401 on an interaction-token route (an expired interaction: 50027 Invalid Webhook Token) fails only that call;
/// a 401 on a bot-token route stops every REST call, logs one fatal line and stops the host with a non-zero exit code.
/// </summary>
[Collection(nameof(ExitCodeCollection))]
public sealed class UnauthorizedResponseTests
{
    private const string MessageJson = """{"id":"10","channel_id":"5","author":{"id":"1","username":"b"},"content":"x"}""";
    private const string InvalidWebhookToken = """{"message":"Invalid Webhook Token","code":50027}""";

    [Fact]
    public async Task A_401_on_an_interaction_token_route_fails_only_that_call()
    {
        var logs = new FakeLogger<DiscordRateLimiter>();
        using var harness = new RestTestHarness(logs);
        harness.Handler.Respond = request => request.Path.Contains("/webhooks/", StringComparison.Ordinal) || request.Path.Contains("/interactions/", StringComparison.Ordinal)
            ? FakeDiscordHandler.Json(HttpStatusCode.Unauthorized, InvalidWebhookToken)
            : FakeDiscordHandler.Json(HttpStatusCode.OK, MessageJson);

        var edit = await Assert.ThrowsAsync<DiscordRestException>(() =>
            harness.Client.EditOriginalResponseAsync(7, "expired-token", MessagePayload.Text("late"), CancellationToken.None));
        var callback = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.CreateInteractionResponseAsync(8, "expired-token",
            new InteractionResponse { Type = InteractionCallbackType.DeferredChannelMessageWithSource }, CancellationToken.None));
        var posted = await harness.Client.CreateMessageAsync(5, MessagePayload.Text("still here"), CancellationToken.None);

        Assert.IsNotType<DiscordUnauthorizedException>(edit);
        Assert.IsNotType<DiscordUnauthorizedException>(callback);
        Assert.Equal(50027, edit.DiscordCode);
        Assert.Equal(HttpStatusCode.Unauthorized, edit.StatusCode);
        Assert.Equal(10UL, posted.Id);
        Assert.False(harness.Limiter.IsStopped);
        Assert.False(harness.Limiter.TokenRejected.IsCancellationRequested);
        Assert.DoesNotContain(logs.Collector.GetSnapshot(), log => log.Level == LogLevel.Critical);
        Assert.DoesNotContain(logs.Collector.GetSnapshot(), log => log.Message.Contains("expired-token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_401_on_a_bot_token_route_stops_rest_logs_one_fatal_line_and_stops_the_host()
    {
        var logs = new FakeLogger<DiscordRateLimiter>();
        using var harness = new RestTestHarness(logs);
        harness.Handler.Respond = _ => FakeDiscordHandler.Json(HttpStatusCode.Unauthorized, """{"message":"401: Unauthorized","code":0}""");
        var lifetime = new Mock<IHostApplicationLifetime>();
        var stopped = new TaskCompletionSource();
        lifetime.Setup(l => l.StopApplication()).Callback(() => stopped.TrySetResult());
        using var watcher = new DiscordTokenRejectionService(harness.Limiter, lifetime.Object);
        await watcher.StartAsync(CancellationToken.None);
        try
        {
            var calls = Enumerable.Range(0, 3).Select(i => harness.Client.CreateMessageAsync((ulong)(20 + i), MessagePayload.Text("x"), CancellationToken.None));
            foreach (var call in calls)
            {
                await Assert.ThrowsAsync<DiscordUnauthorizedException>(() => call);
            }

            await stopped.Task.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.True(harness.Limiter.IsStopped);
            Assert.Equal(DiscordGatewayService.FatalExitCode, Environment.ExitCode);
            var fatal = Assert.Single(logs.Collector.GetSnapshot(), log => log.Level == LogLevel.Critical);
            Assert.Contains("401", fatal.Message, StringComparison.Ordinal);
            Assert.Contains("Discord:Token", fatal.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(RestTestHarness.Token, fatal.Message, StringComparison.Ordinal);
            lifetime.Verify(l => l.StopApplication(), Times.Once);
        }
        finally
        {
            Environment.ExitCode = 0;
            await watcher.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task The_watcher_does_nothing_when_the_host_stops_for_another_reason()
    {
        using var harness = new RestTestHarness();
        var lifetime = new Mock<IHostApplicationLifetime>();
        using var watcher = new DiscordTokenRejectionService(harness.Limiter, lifetime.Object);

        await watcher.StartAsync(CancellationToken.None);
        await watcher.StopAsync(CancellationToken.None);

        lifetime.Verify(l => l.StopApplication(), Times.Never);
    }
}
