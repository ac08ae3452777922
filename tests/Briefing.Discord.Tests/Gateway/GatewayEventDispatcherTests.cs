using System.Text.Json;
using Briefing.Discord.Gateway;

namespace Briefing.Discord.Tests.Gateway;

public sealed class GatewayEventDispatcherTests
{
    [Fact]
    public async Task A_throwing_and_a_hanging_handler_are_logged_and_never_block_a_healthy_one()
    {
        var time = new FakeTimeProvider();
        await using var host = await DispatcherTestHost.StartAsync(time);

        foreach (var id in new[] { "1", "2", "3" })
        {
            Assert.True(await host.Queue.EnqueueAsync(Event(ProbeCreated.EventName, $$"""{"id":"{{id}}"}"""), CancellationToken.None));
        }

        await WaitUntilAsync(() => host.Recorder.Healthy.Count == 3 && host.Recorder.HangingScopes.Count == 3);
        Assert.Equal(["PROBE_CREATE:1", "PROBE_CREATE:2", "PROBE_CREATE:3"], host.Recorder.Healthy.Select(h => h.Event).Order(StringComparer.Ordinal));
        await WaitUntilAsync(() => Errors(host.Logs, "ThrowingHandler", "failed on") == 3);

        // Every invocation had its own scope; healthy handlers' scopes are disposed once they finish.
        var scopes = host.Recorder.Healthy.Select(h => h.Scope).Concat(host.Recorder.HangingScopes).ToList();
        Assert.Equal(6, scopes.Select(s => s.Id).Distinct().Count());
        await WaitUntilAsync(() => host.Recorder.Healthy.All(h => h.Scope.Disposed));

        // After the timeout the hung invocations are logged and abandoned, their scopes left alive while they run.
        time.Advance(TimeSpan.FromSeconds(5));
        await WaitUntilAsync(() => Errors(host.Logs, "HangingHandler", "still running") == 3);
        Assert.All(host.Recorder.HangingScopes, scope => Assert.False(scope.Disposed));
        // ...and told to stop: a handler that honours its token is not left running.
        Assert.All(host.Recorder.HangingTokens, token => Assert.True(token.IsCancellationRequested));

        Assert.True(await host.Queue.EnqueueAsync(Event(ProbeUpdated.EventName, """{"id":"4"}"""), CancellationToken.None));
        await WaitUntilAsync(() => host.Recorder.Healthy.Any(h => h.Event == "PROBE_UPDATE:4"));
    }

    [Fact]
    public async Task Each_event_reaches_only_the_handlers_of_its_name_and_an_unreadable_payload_reaches_none()
    {
        await using var host = await DispatcherTestHost.StartAsync(new FakeTimeProvider());

        // Nobody handles THREAD_CREATE; PROBE_CREATE without an id cannot be read; PROBE_UPDATE has one handler.
        Assert.True(await host.Queue.EnqueueAsync(Event("THREAD_CREATE", """{"id":"0"}"""), CancellationToken.None));
        Assert.True(await host.Queue.EnqueueAsync(Event(ProbeCreated.EventName, """{"name":"x"}"""), CancellationToken.None));
        Assert.True(await host.Queue.EnqueueAsync(Event(ProbeUpdated.EventName, """{"id":"5"}"""), CancellationToken.None));

        await WaitUntilAsync(() => host.Recorder.Healthy.Any(h => h.Event == "PROBE_UPDATE:5"));
        // One warning per handler of PROBE_CREATE (three), none of them ran.
        await WaitUntilAsync(() => host.Logs.GetSnapshot().Count(r => r.Level == LogLevel.Warning && r.Message.Contains("unreadable PROBE_CREATE", StringComparison.Ordinal)) == 3);
        Assert.Equal(["PROBE_UPDATE:5"], host.Recorder.Healthy.Select(h => h.Event));
        Assert.Empty(host.Recorder.HangingScopes);
        Assert.Equal(0, Errors(host.Logs, "ThrowingHandler", "failed on"));
    }

    [Fact]
    public async Task Hanging_and_throwing_handlers_do_not_stall_the_socket_reader_or_the_heartbeats()
    {
        await using var server = await FakeGatewayServer.StartAsync();
        await using var host = await GatewayTestHost.StartAsync(
            new FakeGatewayBotSource(server.GatewayUrl),
            autoAdvanceClock: true,
            configureServices: services =>
            {
                services.AddProbeHandlers();
            });
        var connection = await GatewayScript.ConnectReadyAsync(server, host);

        for (var sequence = 2; sequence <= 20; sequence++)
        {
            await connection.SendDispatchAsync(ProbeCreated.EventName, sequence, $$"""{"id":"{{sequence}}"}""");
        }

        // Heartbeats keep flowing (their ACKs are read) and soon carry the last sequence, although every event hangs a handler.
        while (await connection.NextHeartbeatAsync() != 20)
        {
        }

        var recorder = host.Host.Services.GetRequiredService<HandlerRecorder>();
        await WaitUntilAsync(() => recorder.Healthy.Count(h => h.Event.StartsWith("PROBE_CREATE:", StringComparison.Ordinal)) == 19);
        Assert.Equal(1, server.ConnectionCount);
    }

    private static GatewayEvent Event(string name, string data) => new(name, JsonDocument.Parse(data).RootElement.Clone(), 0, DateTimeOffset.UnixEpoch);

    private static int Errors(FakeLogCollector logs, string handler, string phrase) =>
        logs.GetSnapshot().Count(record => record.Level == LogLevel.Error
            && record.Message.Contains(handler, StringComparison.Ordinal)
            && record.Message.Contains(phrase, StringComparison.Ordinal));

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(FakeGatewayConnection.ScriptTimeout);
        while (!condition())
        {
            await Task.Delay(5, timeout.Token);
        }
    }
}
