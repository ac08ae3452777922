namespace Briefing.Discord.Tests.Gateway;

/// <summary>
/// The sequence number is recorded as each dispatch is read, so an event the bot then dropped would be lost for good
/// (a RESUME replays only what came after). An INTERACTION_CREATE is therefore never dropped: even with every handler
/// busy and the lane full, it is answered.
/// </summary>
public sealed class InteractionSequenceTests
{
    [Fact]
    public async Task An_interaction_whose_sequence_is_recorded_is_answered_even_when_the_lane_is_full()
    {
        var harness = new InteractionLaneHarness();
        harness.Hang[1] = true;
        harness.Hang[2] = true;
        await using var server = await FakeGatewayServer.StartAsync();
        await using var host = await GatewayTestHost.StartAsync(
            new FakeGatewayBotSource(server.GatewayUrl),
            autoAdvanceClock: false,
            settings: new Dictionary<string, string?>
            {
                ["Discord:Interactions:MaxConcurrentHandlers"] = "1",
                ["Discord:Interactions:QueueCapacity"] = "1",
            },
            configureServices: harness.Register);
        var connection = await GatewayScript.ConnectReadyAsync(server, host);

        await connection.SendDispatchAsync("INTERACTION_CREATE", 2, InteractionLaneHarness.InteractionData(1));
        await WaitUntilAsync(() => harness.Started.Contains(1UL));
        await connection.SendDispatchAsync("INTERACTION_CREATE", 3, InteractionLaneHarness.InteractionData(2));
        await connection.SendDispatchAsync("INTERACTION_CREATE", 4, InteractionLaneHarness.InteractionData(3));
        await connection.SendDispatchAsync("INTERACTION_CREATE", 5, InteractionLaneHarness.InteractionData(4));

        // The lane holds exactly one running and one waiting interaction (it counts them itself, whatever its reader
        // holds), so the third and the last find it full: answered at once, and the last one's sequence is the one the
        // next heartbeat carries.
        await WaitUntilAsync(() => harness.CallbacksOf(3).Any() && harness.CallbacksOf(4).Any());
        Assert.Equal(Briefing.Discord.Models.InteractionCallbackType.ChannelMessageWithSource, Assert.Single(harness.CallbacksOf(3)).Type);
        Assert.Equal(Briefing.Discord.Models.InteractionCallbackType.ChannelMessageWithSource, Assert.Single(harness.CallbacksOf(4)).Type);
        host.Time.Advance(TimeSpan.FromMilliseconds(GatewayScript.HeartbeatIntervalMs));
        Assert.Equal(5, await connection.NextHeartbeatAsync());
        // Those that waited are acknowledged by their budget: none is left unanswered.
        host.Time.Advance(TimeSpan.FromMilliseconds(150));
        await WaitUntilAsync(() => harness.CallbacksOf(1).Any() && harness.CallbacksOf(2).Any() && harness.CallbacksOf(3).Any());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(FakeGatewayConnection.ScriptTimeout);
        while (!condition())
        {
            await Task.Delay(5, timeout.Token);
        }
    }
}
