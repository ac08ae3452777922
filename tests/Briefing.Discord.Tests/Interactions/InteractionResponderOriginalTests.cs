using System.Net;
using Briefing.Discord.Interactions;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;

namespace Briefing.Discord.Tests.Interactions;

/// <summary>The original response's visibility as acknowledged, and deleting it without a second acknowledgement.</summary>
public sealed class InteractionResponderOriginalTests
{
    private readonly ResponderHarness _harness = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_guard_deferral_records_whether_the_original_is_ephemeral(bool ephemeral)
    {
        await using var responder = _harness.Create();
        responder.AutoDeferEphemeral = ephemeral;

        _harness.Time.Advance(TimeSpan.FromSeconds(2));
        await responder.AutoDeferCompletion;

        Assert.True(responder.WasAutoDeferred);
        Assert.Equal(ephemeral, responder.IsOriginalEphemeral);
    }

    [Fact]
    public async Task Deleting_the_original_is_no_acknowledgement_and_turns_later_replies_into_follow_ups()
    {
        await using var responder = _harness.Create();
        _harness.Time.Advance(TimeSpan.FromSeconds(2));
        await responder.AutoDeferCompletion;

        await responder.DeleteOriginalAsync(CancellationToken.None);
        await responder.FollowUpAsync(MessagePayload.Text("private") with { Flags = MessagePayload.EphemeralFlag }, CancellationToken.None);

        Assert.Single(_harness.Callbacks);
        _harness.Rest.Verify(client => client.DeleteOriginalResponseAsync(22, "tok", It.IsAny<CancellationToken>()), Times.Once);
        _harness.Rest.Verify(client => client.CreateFollowupMessageAsync(22, "tok", It.Is<MessagePayload>(m => m.Flags == MessagePayload.EphemeralFlag), It.IsAny<CancellationToken>()), Times.Once);
        _harness.Rest.Verify(client => client.EditOriginalResponseAsync(It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Equal(InteractionResponseState.Replied, responder.State);
    }

    [Fact]
    public async Task There_is_no_original_to_delete_before_an_acknowledgement()
    {
        await using var responder = _harness.Create();

        await Assert.ThrowsAsync<InvalidOperationException>(() => responder.DeleteOriginalAsync(CancellationToken.None));

        _harness.Rest.Verify(client => client.DeleteOriginalResponseAsync(It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Equal(InteractionResponseState.NotAcknowledged, responder.State);
    }

    [Fact]
    public async Task A_404_on_delete_marks_the_interaction_expired()
    {
        _harness.Rest.Setup(client => client.DeleteOriginalResponseAsync(It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DiscordRestException(HttpStatusCode.NotFound, 10015, "Unknown Webhook", null, "DELETE /webhooks/{application_id}/{interaction_token}/messages/@original"));
        await using var responder = _harness.Create();
        await responder.DeferAsync(ephemeral: false, CancellationToken.None);

        await Assert.ThrowsAsync<DiscordRestException>(() => responder.DeleteOriginalAsync(CancellationToken.None));

        Assert.Equal(InteractionResponseState.Expired, responder.State);
    }
}
