using System.Net;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;

namespace Briefing.Discord.Tests.Rest;

/// <summary>Which failures the resilience handler on the registered Discord HttpClient retries, and how often.</summary>
public sealed class ServerErrorRetryTests
{
    private const string MessageJson = """{"id":"1300000000000000001","channel_id":"5","author":{"id":"1","username":"Briefing","bot":true},"content":"hi"}""";
    private const string ChannelJson = """{"id":"9","type":0,"name":"news"}""";

    [Fact]
    public async Task A_post_answered_502_is_sent_again_and_succeeds_once()
    {
        await using var harness = new RegisteredRestHarness();
        harness.RespondInTurn(
            () => RegisteredRestHarness.Status(HttpStatusCode.BadGateway),
            () => FakeDiscordHandler.Json(HttpStatusCode.OK, MessageJson));

        var message = await AdvanceAsync(harness, harness.Client.CreateMessageAsync(5, MessagePayload.Text("hello"), CancellationToken.None));

        Assert.Equal(1300000000000000001UL, message.Id);
        Assert.Equal(2, harness.RequestCount);
        Assert.All(harness.Handler.Requests, request =>
        {
            Assert.Equal("POST", request.Method);
            Assert.Contains("hello", request.Body);
        });
    }

    [Fact]
    public async Task A_post_answered_500_is_not_repeated_because_it_may_have_posted()
    {
        await using var harness = new RegisteredRestHarness();
        harness.RespondInTurn(
            () => RegisteredRestHarness.Status(HttpStatusCode.InternalServerError),
            () => FakeDiscordHandler.Json(HttpStatusCode.OK, MessageJson));

        var error = await Assert.ThrowsAsync<DiscordRestException>(() =>
            AdvanceAsync(harness, harness.Client.CreateMessageAsync(5, MessagePayload.Text("once"), CancellationToken.None)));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal("POST /channels/{channel_id}/messages", error.Route);
        Assert.Equal(1, harness.RequestCount);
    }

    [Fact]
    public async Task A_get_answered_500_is_retried()
    {
        await using var harness = new RegisteredRestHarness();
        harness.RespondInTurn(
            () => RegisteredRestHarness.Status(HttpStatusCode.InternalServerError),
            () => FakeDiscordHandler.Json(HttpStatusCode.OK, ChannelJson));

        var channel = await AdvanceAsync(harness, harness.Client.GetChannelAsync(9, CancellationToken.None));

        Assert.Equal(9UL, channel.Id);
        Assert.Equal(2, harness.RequestCount);
    }

    [Fact]
    public async Task A_broken_connection_is_retried_for_a_get_only()
    {
        await using var harness = new RegisteredRestHarness();
        harness.RespondInTurn(
            () => throw new HttpRequestException("connection reset"),
            () => FakeDiscordHandler.Json(HttpStatusCode.OK, ChannelJson));

        await AdvanceAsync(harness, harness.Client.GetChannelAsync(9, CancellationToken.None));
        Assert.Equal(2, harness.RequestCount);

        await using var posting = new RegisteredRestHarness();
        posting.RespondInTurn(
            () => throw new HttpRequestException("connection reset"),
            () => FakeDiscordHandler.Json(HttpStatusCode.OK, MessageJson));
        await Assert.ThrowsAsync<HttpRequestException>(() =>
            AdvanceAsync(posting, posting.Client.CreateMessageAsync(5, MessagePayload.Text("maybe sent"), CancellationToken.None)));
        Assert.Equal(1, posting.RequestCount);
    }

    [Fact]
    public async Task Three_503s_exhaust_the_default_two_retries_and_throw_the_last_status()
    {
        await using var harness = new RegisteredRestHarness();
        harness.RespondInTurn(
            () => RegisteredRestHarness.Status(HttpStatusCode.ServiceUnavailable),
            () => RegisteredRestHarness.Status(HttpStatusCode.ServiceUnavailable),
            () => RegisteredRestHarness.Status(HttpStatusCode.ServiceUnavailable),
            () => FakeDiscordHandler.Json(HttpStatusCode.OK, ChannelJson));

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => AdvanceAsync(harness, harness.Client.GetChannelAsync(9, CancellationToken.None)));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(3, harness.RequestCount);
        Assert.Equal(new[] { 1, 2 }, harness.LogsWithEventId(4105).Select(record => record.GetStructuredStateValue("Retry")!).Select(int.Parse));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    public async Task The_configured_retries_bound_the_attempts(int retries)
    {
        await using var harness = new RegisteredRestHarness(retries);
        harness.Handler.Respond = _ => RegisteredRestHarness.Status(HttpStatusCode.GatewayTimeout);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() =>
            AdvanceAsync(harness, harness.Client.CreateMessageAsync(5, MessagePayload.Text("x"), CancellationToken.None)));

        Assert.Equal(HttpStatusCode.GatewayTimeout, error.StatusCode);
        Assert.Equal(retries + 1, harness.RequestCount);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Forbidden)]
    public async Task Client_errors_are_final(HttpStatusCode status)
    {
        await using var harness = new RegisteredRestHarness();
        harness.Handler.Respond = _ => RegisteredRestHarness.Status(status);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => AdvanceAsync(harness, harness.Client.GetChannelAsync(9, CancellationToken.None)));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(1, harness.RequestCount);
    }

    private static async Task<T> AdvanceAsync<T>(RegisteredRestHarness harness, Task<T> call)
    {
        await harness.AdvanceUntilAsync(call);
        return await call;
    }
}
