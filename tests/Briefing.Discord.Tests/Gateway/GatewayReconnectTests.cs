namespace Briefing.Discord.Tests.Gateway;

public sealed class GatewayReconnectTests
{
    [Fact]
    public async Task Reconnect_request_resumes_on_the_resume_url_with_session_and_last_sequence()
    {
        await using var server = await FakeGatewayServer.StartAsync();
        await using var host = await GatewayTestHost.StartAsync(new FakeGatewayBotSource(server.GatewayUrl), autoAdvanceClock: true);
        var first = await GatewayScript.ConnectReadyAsync(server, host);
        await first.SendDispatchAsync("MESSAGE_CREATE", 2, """{"id":"5","content":"hi"}""");
        await GatewayHandshakeTests.WaitForSequenceAsync(host, 2);

        await first.SendAsync("""{"op":7,"d":null}""");

        var closeCode = await first.ClosedByClient.WaitAsync(FakeGatewayConnection.ScriptTimeout);
        Assert.NotNull(closeCode);
        Assert.DoesNotContain(closeCode.Value, new[] { 1000, 1001 });
        var (second, resume) = await GatewayScript.AcceptAsync(server);
        Assert.Equal("/resume/?v=10&encoding=json", second.PathAndQuery);
        GatewayScript.AssertResume(resume, expectedSequence: 2);
    }

    [Fact]
    public async Task Invalid_session_not_resumable_waits_one_to_five_seconds_then_identifies_on_the_gateway_url()
    {
        await using var server = await FakeGatewayServer.StartAsync();
        await using var host = await GatewayTestHost.StartAsync(new FakeGatewayBotSource(server.GatewayUrl), autoAdvanceClock: true);
        var first = await GatewayScript.ConnectReadyAsync(server, host);

        var sentAt = host.Time.GetUtcNow();
        await first.SendAsync("""{"op":9,"d":false}""");

        var (second, identify) = await GatewayScript.AcceptAsync(server);
        // 1 s + 4 s * jitter 0.5: the planned wait is logged, and at least that much fake time passed.
        Assert.Contains(host.Logs.GetSnapshot(), record => record.Message.EndsWith("reconnecting in 00:00:03", StringComparison.Ordinal));
        Assert.True(host.Time.GetUtcNow() - sentAt >= TimeSpan.FromSeconds(3));
        Assert.Equal("/gateway/?v=10&encoding=json", second.PathAndQuery);
        Assert.Equal(2, identify.GetProperty("op").GetInt32());
        Assert.Null(host.Session.SessionId);
    }

    [Fact]
    public async Task Invalid_session_resumable_resumes()
    {
        await using var server = await FakeGatewayServer.StartAsync();
        await using var host = await GatewayTestHost.StartAsync(new FakeGatewayBotSource(server.GatewayUrl), autoAdvanceClock: true);
        var first = await GatewayScript.ConnectReadyAsync(server, host);

        await first.SendAsync("""{"op":9,"d":true}""");

        var (second, resume) = await GatewayScript.AcceptAsync(server);
        Assert.Equal("/resume/?v=10&encoding=json", second.PathAndQuery);
        GatewayScript.AssertResume(resume, expectedSequence: 1);
    }

    [Fact]
    public async Task Missing_heartbeat_ack_closes_the_zombie_without_ending_the_session_and_resumes()
    {
        await using var server = await FakeGatewayServer.StartAsync();
        await using var host = await GatewayTestHost.StartAsync(new FakeGatewayBotSource(server.GatewayUrl), autoAdvanceClock: true);
        var first = await GatewayScript.ConnectReadyAsync(server, host);
        first.AcknowledgeHeartbeats = false;

        Assert.Equal(1, await first.NextHeartbeatAsync());
        var closeCode = await first.ClosedByClient.WaitAsync(FakeGatewayConnection.ScriptTimeout);

        Assert.NotNull(closeCode);
        Assert.DoesNotContain(closeCode.Value, new[] { 1000, 1001 });
        var (second, resume) = await GatewayScript.AcceptAsync(server);
        Assert.Equal("/resume/?v=10&encoding=json", second.PathAndQuery);
        GatewayScript.AssertResume(resume, expectedSequence: 1);
    }

    [Fact]
    public async Task Dropped_socket_resumes()
    {
        await using var server = await FakeGatewayServer.StartAsync();
        await using var host = await GatewayTestHost.StartAsync(new FakeGatewayBotSource(server.GatewayUrl), autoAdvanceClock: true);
        var first = await GatewayScript.ConnectReadyAsync(server, host);
        await first.SendDispatchAsync("GUILD_CREATE", 2, """{"id":"123"}""");
        await GatewayHandshakeTests.WaitForSequenceAsync(host, 2);

        first.Drop();

        var (second, resume) = await GatewayScript.AcceptAsync(server);
        Assert.Equal("/resume/?v=10&encoding=json", second.PathAndQuery);
        GatewayScript.AssertResume(resume, expectedSequence: 2);
    }

    [Fact]
    public async Task A_connection_that_never_says_hello_is_dropped_and_replaced()
    {
        await using var server = await FakeGatewayServer.StartAsync();
        await using var host = await GatewayTestHost.StartAsync(new FakeGatewayBotSource(server.GatewayUrl), autoAdvanceClock: true);
        var silent = await server.NextConnectionAsync();

        var closeCode = await silent.ClosedByClient.WaitAsync(FakeGatewayConnection.ScriptTimeout);

        Assert.DoesNotContain(closeCode ?? 0, new[] { 1000, 1001 });
        var (_, identify) = await GatewayScript.AcceptAsync(server);
        Assert.Equal(2, identify.GetProperty("op").GetInt32());
    }

    [Fact]
    public async Task Failing_gateway_bot_request_is_retried_with_backoff_then_connects()
    {
        await using var server = await FakeGatewayServer.StartAsync();
        var botSource = new FakeGatewayBotSource(server.GatewayUrl, failure: new HttpRequestException("503"), failures: 2);
        await using var host = await GatewayTestHost.StartAsync(botSource, autoAdvanceClock: true);

        var (_, identify) = await GatewayScript.AcceptAsync(server);

        Assert.Equal(2, identify.GetProperty("op").GetInt32());
        Assert.Equal(3, botSource.Calls);
        Assert.Equal(2, host.Logs.GetSnapshot().Count(record => record.Message.StartsWith("Gateway: GET /gateway/bot failed", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4008)]
    public async Task Resumable_close_code_resumes(int code)
    {
        await using var server = await FakeGatewayServer.StartAsync();
        await using var host = await GatewayTestHost.StartAsync(new FakeGatewayBotSource(server.GatewayUrl), autoAdvanceClock: true);
        var first = await GatewayScript.ConnectReadyAsync(server, host);

        await first.CloseAsync(code);

        var (_, resume) = await GatewayScript.AcceptAsync(server);
        GatewayScript.AssertResume(resume, expectedSequence: 1);
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task Session_ending_close_code_identifies_anew(int code)
    {
        await using var server = await FakeGatewayServer.StartAsync();
        await using var host = await GatewayTestHost.StartAsync(new FakeGatewayBotSource(server.GatewayUrl), autoAdvanceClock: true);
        var first = await GatewayScript.ConnectReadyAsync(server, host);

        await first.CloseAsync(code);

        var (second, identify) = await GatewayScript.AcceptAsync(server);
        Assert.Equal("/gateway/?v=10&encoding=json", second.PathAndQuery);
        Assert.Equal(2, identify.GetProperty("op").GetInt32());
    }
}
