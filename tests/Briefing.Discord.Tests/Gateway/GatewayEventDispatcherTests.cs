using System.Text.Json;
using Briefing.Discord.Gateway;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Briefing.Discord.Tests.Gateway;

public sealed class GatewayEventDispatcherTests
{
    [Fact]
    public async Task A_throwing_and_a_hanging_handler_are_logged_and_never_block_a_healthy_one()
    {
        var time = new FakeTimeProvider();
        using var host = BuildHost(time);
        var dispatcher = host.Services.GetServices<IHostedService>().OfType<GatewayEventDispatcher>().Single();
        var queue = host.Services.GetRequiredService<GatewayEventQueue>();
        var recorder = host.Services.GetRequiredService<HandlerRecorder>();
        var logs = host.Services.GetFakeLogCollector();
        await dispatcher.StartAsync(CancellationToken.None);
        try
        {
            foreach (var id in new[] { "1", "2", "3" })
            {
                Assert.True(await queue.EnqueueAsync(Event(ProbeCreated.EventName, $$"""{"id":"{{id}}"}"""), CancellationToken.None));
            }

            await WaitUntilAsync(() => recorder.Healthy.Count == 3 && recorder.HangingScopes.Count == 3);
            Assert.Equal(["PROBE_CREATE:1", "PROBE_CREATE:2", "PROBE_CREATE:3"], recorder.Healthy.Select(h => h.Event).Order(StringComparer.Ordinal));
            await WaitUntilAsync(() => Errors(logs, "ThrowingHandler", "failed on") == 3);

            // Every invocation had its own scope; healthy handlers' scopes are disposed once they finish.
            var scopes = recorder.Healthy.Select(h => h.Scope).Concat(recorder.HangingScopes).ToList();
            Assert.Equal(6, scopes.Select(s => s.Id).Distinct().Count());
            await WaitUntilAsync(() => recorder.Healthy.All(h => h.Scope.Disposed));

            // After the timeout the hung invocations are logged and abandoned, their scopes left alive while they run.
            time.Advance(TimeSpan.FromSeconds(5));
            await WaitUntilAsync(() => Errors(logs, "HangingHandler", "still running") == 3);
            Assert.All(recorder.HangingScopes, scope => Assert.False(scope.Disposed));
            // ...and told to stop: a handler that honours its token is not left running.
            Assert.All(recorder.HangingTokens, token => Assert.True(token.IsCancellationRequested));

            Assert.True(await queue.EnqueueAsync(Event(ProbeUpdated.EventName, """{"id":"4"}"""), CancellationToken.None));
            await WaitUntilAsync(() => recorder.Healthy.Any(h => h.Event == "PROBE_UPDATE:4"));
        }
        finally
        {
            await dispatcher.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Each_event_reaches_only_the_handlers_of_its_name_and_an_unreadable_payload_reaches_none()
    {
        var time = new FakeTimeProvider();
        using var host = BuildHost(time);
        var dispatcher = host.Services.GetServices<IHostedService>().OfType<GatewayEventDispatcher>().Single();
        var queue = host.Services.GetRequiredService<GatewayEventQueue>();
        var recorder = host.Services.GetRequiredService<HandlerRecorder>();
        var logs = host.Services.GetFakeLogCollector();
        await dispatcher.StartAsync(CancellationToken.None);
        try
        {
            // Nobody handles THREAD_CREATE; PROBE_CREATE without an id cannot be read; PROBE_UPDATE has one handler.
            Assert.True(await queue.EnqueueAsync(Event("THREAD_CREATE", """{"id":"0"}"""), CancellationToken.None));
            Assert.True(await queue.EnqueueAsync(Event(ProbeCreated.EventName, """{"name":"x"}"""), CancellationToken.None));
            Assert.True(await queue.EnqueueAsync(Event(ProbeUpdated.EventName, """{"id":"5"}"""), CancellationToken.None));

            await WaitUntilAsync(() => recorder.Healthy.Any(h => h.Event == "PROBE_UPDATE:5"));
            // One warning per handler of PROBE_CREATE (three), none of them ran.
            await WaitUntilAsync(() => logs.GetSnapshot().Count(r => r.Level == LogLevel.Warning && r.Message.Contains("unreadable PROBE_CREATE", StringComparison.Ordinal)) == 3);
            Assert.Equal(["PROBE_UPDATE:5"], recorder.Healthy.Select(h => h.Event));
            Assert.Empty(recorder.HangingScopes);
            Assert.Equal(0, Errors(logs, "ThrowingHandler", "failed on"));
        }
        finally
        {
            await dispatcher.StopAsync(CancellationToken.None);
        }
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

    private static IHost BuildHost(FakeTimeProvider time)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = "test-token-abc",
            ["Discord:Gateway:HandlerTimeout"] = "00:00:05",
        });
        builder.Logging.AddFakeLogging();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<IGatewayBotSource>(new FakeGatewayBotSource("ws://unused"));
        builder.Services.AddProbeHandlers();
        builder.Services.AddDiscordGateway(builder.Configuration);
        return builder.Build();
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
