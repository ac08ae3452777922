using Briefing.Discord.Interactions;
using Briefing.Discord.Models;

namespace Briefing.Discord.Tests.Interactions;

/// <summary>Interim content in a deferred original: no acknowledgement, and never over an answer.</summary>
public sealed class InteractionResponderPendingOriginalTests
{
    private readonly ResponderHarness _harness = new();

    [Fact]
    public async Task Before_any_acknowledgement_nothing_is_sent()
    {
        await using var responder = _harness.Create();

        Assert.False(await responder.EditPendingOriginalAsync(MessagePayload.Text("⏳ Reading"), CancellationToken.None));

        Assert.Empty(_harness.Callbacks);
        Assert.Empty(_harness.Edits);
        Assert.Equal(InteractionResponseState.NotAcknowledged, responder.State);
    }

    [Fact]
    public async Task A_deferred_original_shows_the_status_and_the_answer_still_edits_the_original()
    {
        await using var responder = _harness.Create();
        await responder.DeferAsync(ephemeral: false, CancellationToken.None);

        Assert.True(await responder.EditPendingOriginalAsync(MessagePayload.Text("⏳ Reading"), CancellationToken.None));
        Assert.Equal(InteractionResponseState.Deferred, responder.State);
        await responder.EditOriginalAsync(MessagePayload.Text("the answer"), CancellationToken.None);

        Assert.Single(_harness.Callbacks);
        Assert.Equal(["⏳ Reading", "the answer"], _harness.Edits);
        Assert.Equal(InteractionResponseState.Replied, responder.State);
    }

    [Fact]
    public async Task After_the_answer_a_status_is_refused()
    {
        await using var responder = _harness.Create();
        await responder.DeferAsync(ephemeral: true, CancellationToken.None);
        await responder.EditOriginalAsync(MessagePayload.Text("the answer"), CancellationToken.None);

        Assert.False(await responder.EditPendingOriginalAsync(MessagePayload.Text("⏳ late"), CancellationToken.None));

        Assert.Equal(["the answer"], _harness.Edits);
    }
}
