using Briefing.Discord.Interactions;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;

namespace Briefing.Discord.Tests.Interactions;

public sealed class InteractionResponderTests
{
    private readonly ResponderHarness _harness = new();

    [Fact]
    public async Task A_handler_that_defers_in_time_keeps_the_guard_silent()
    {
        await using var responder = _harness.Create();

        await responder.DeferAsync(ephemeral: false, CancellationToken.None);
        _harness.Time.Advance(TimeSpan.FromSeconds(5));
        await responder.AutoDeferCompletion;

        Assert.Equal([InteractionCallbackType.DeferredChannelMessageWithSource], _harness.Callbacks.Select(callback => callback.Type));
        Assert.False(responder.WasAutoDeferred);
        Assert.Equal(InteractionResponseState.Deferred, responder.State);
    }

    [Fact]
    public async Task A_slow_handler_is_deferred_before_three_seconds_and_its_reply_edits_the_original()
    {
        // The guard alone (no ack budget before it): it defers at 2 s.
        _harness.Options.AckBudget = _harness.Options.AutoDeferAfter;
        await using var responder = _harness.Create();

        _harness.Time.Advance(TimeSpan.FromSeconds(1.99));
        Assert.Empty(_harness.Callbacks);
        _harness.Time.Advance(TimeSpan.FromSeconds(0.01));
        await responder.AutoDeferCompletion;
        var deferral = Assert.Single(_harness.Callbacks);
        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, deferral.Type);
        Assert.True(deferral.At - ResponderHarness.Start < TimeSpan.FromSeconds(3));

        _harness.Time.Advance(TimeSpan.FromSeconds(10));
        await responder.EditOriginalAsync(MessagePayload.Text("slow answer"), CancellationToken.None);
        await responder.FollowUpAsync(MessagePayload.Text("second part"), CancellationToken.None);

        Assert.Single(_harness.Callbacks);
        Assert.True(responder.WasAutoDeferred);
        _harness.Rest.Verify(client => client.EditOriginalResponseAsync(22, "tok", It.Is<MessagePayload>(m => m.Content == "slow answer"), It.IsAny<CancellationToken>()), Times.Once);
        _harness.Rest.Verify(client => client.CreateFollowupMessageAsync(22, "tok", It.Is<MessagePayload>(m => m.Content == "second part"), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task The_deadline_counts_from_arrival_not_from_creation()
    {
        await using var responder = _harness.Create(receivedAt: _harness.Time.GetUtcNow() - TimeSpan.FromSeconds(1.5));

        _harness.Time.Advance(TimeSpan.FromSeconds(0.5));
        await responder.AutoDeferCompletion;

        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, Assert.Single(_harness.Callbacks).Type);
    }

    [Fact]
    public async Task The_guard_defers_ephemerally_when_asked()
    {
        await using var responder = _harness.Create();
        responder.AutoDeferEphemeral = true;

        _harness.Time.Advance(TimeSpan.FromSeconds(2));
        await responder.AutoDeferCompletion;

        Assert.Equal(MessagePayload.EphemeralFlag, Assert.Single(_harness.Callbacks).Flags);
    }

    [Fact]
    public async Task A_second_acknowledgement_is_never_sent()
    {
        await using var responder = _harness.Create();

        Assert.True(await responder.DeferAsync(ephemeral: true, CancellationToken.None));
        Assert.False(await responder.DeferAsync(ephemeral: false, CancellationToken.None));
        _harness.Time.Advance(TimeSpan.FromSeconds(3));
        await responder.AutoDeferCompletion;
        await responder.EditOriginalAsync(MessagePayload.Text("answer"), CancellationToken.None);

        Assert.Single(_harness.Callbacks);
        Assert.Equal(MessagePayload.EphemeralFlag, _harness.Callbacks[0].Flags);
    }

    [Fact]
    public async Task The_guard_waits_for_an_acknowledgement_in_flight_instead_of_racing_it()
    {
        var release = new TaskCompletionSource();
        _harness.Rest.Setup(client => client.CreateInteractionResponseAsync(It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()))
            .Callback<ulong, string, InteractionResponse, CancellationToken>((_, _, response, _) => _harness.Callbacks.Add((response.Type, _harness.Time.GetUtcNow(), null)))
            .Returns(release.Task);
        await using var responder = _harness.Create();

        var reply = responder.DeferAsync(ephemeral: false, CancellationToken.None);
        _harness.Time.Advance(TimeSpan.FromSeconds(2));
        release.SetResult();
        await reply;
        await responder.AutoDeferCompletion;

        Assert.Equal([InteractionCallbackType.DeferredChannelMessageWithSource], _harness.Callbacks.Select(callback => callback.Type));
    }

    [Fact]
    public async Task Components_auto_defer_as_type_6_and_updates_then_edit_the_message()
    {
        await using var responder = _harness.Create(InteractionType.MessageComponent);

        _harness.Time.Advance(TimeSpan.FromSeconds(2));
        await responder.AutoDeferCompletion;
        await responder.EditOriginalAsync(MessagePayload.Text("updated"), CancellationToken.None);

        Assert.Equal(InteractionCallbackType.DeferredUpdateMessage, Assert.Single(_harness.Callbacks).Type);
        _harness.Rest.Verify(client => client.EditOriginalResponseAsync(22, "tok", It.Is<MessagePayload>(m => m.Content == "updated"), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task An_expired_interaction_refuses_further_calls_with_a_clear_error()
    {
        _harness.Rest.Setup(client => client.CreateInteractionResponseAsync(It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DiscordRestException(System.Net.HttpStatusCode.NotFound, 10062, "Unknown interaction", null, "POST /interactions/{interaction_id}/{interaction_token}/callback"));
        await using var responder = _harness.Create();

        await Assert.ThrowsAsync<DiscordRestException>(() => responder.DeferAsync(ephemeral: false, CancellationToken.None));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => responder.FollowUpAsync(MessagePayload.Text("later"), CancellationToken.None));

        Assert.Equal(InteractionResponseState.Expired, responder.State);
        Assert.Contains("Expired", error.Message);
    }

    [Fact]
    public async Task A_deferral_made_by_the_http_endpoint_turns_the_next_reply_into_an_edit()
    {
        await using var responder = _harness.Create();

        responder.MarkAcknowledged(InteractionCallbackType.DeferredChannelMessageWithSource);
        _harness.Time.Advance(TimeSpan.FromSeconds(3));
        await responder.AutoDeferCompletion;
        await responder.EditOriginalAsync(MessagePayload.Text("answer"), CancellationToken.None);

        Assert.Empty(_harness.Callbacks);
        _harness.Rest.Verify(client => client.EditOriginalResponseAsync(22, "tok", It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_404_on_the_interaction_webhook_marks_it_expired()
    {
        _harness.Rest.Setup(client => client.CreateFollowupMessageAsync(It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DiscordRestException(System.Net.HttpStatusCode.NotFound, 10015, "Unknown Webhook", null, "POST /webhooks/{application_id}/{interaction_token}"));
        await using var responder = _harness.Create();
        await responder.DeferAsync(ephemeral: false, CancellationToken.None);
        await responder.EditOriginalAsync(MessagePayload.Text("first"), CancellationToken.None);

        await Assert.ThrowsAsync<DiscordRestException>(() => responder.FollowUpAsync(MessagePayload.Text("too late"), CancellationToken.None));

        Assert.Equal(InteractionResponseState.Expired, responder.State);
        await Assert.ThrowsAsync<InvalidOperationException>(() => responder.EditOriginalAsync(MessagePayload.Text("edit"), CancellationToken.None));
    }

    [Fact]
    public async Task Callback_types_invalid_for_the_interaction_are_refused_before_sending()
    {
        await using var command = _harness.Create();

        await Assert.ThrowsAsync<InvalidOperationException>(() => command.DeferUpdateAsync(CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => command.EditOriginalAsync(MessagePayload.Text("x"), CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => command.FollowUpAsync(MessagePayload.Text("x"), CancellationToken.None));

        Assert.Empty(_harness.Callbacks);
        Assert.Equal(InteractionResponseState.NotAcknowledged, command.State);
    }
}
