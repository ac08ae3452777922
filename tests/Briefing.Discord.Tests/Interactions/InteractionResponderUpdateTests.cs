using Briefing.Discord.Interactions;
using Briefing.Discord.Models;

namespace Briefing.Discord.Tests.Interactions;

/// <summary>Type 7 UPDATE_MESSAGE: the answer to a click that replaces the message the button sits on.</summary>
public sealed class InteractionResponderUpdateTests
{
    private readonly ResponderHarness _harness = new();

    [Fact]
    public async Task An_update_sends_type_7_with_the_new_embeds_and_components_and_no_flags()
    {
        InteractionResponse? sent = null;
        _harness.Rest.Setup(client => client.CreateInteractionResponseAsync(11, "tok", It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()))
            .Callback<ulong, string, InteractionResponse, CancellationToken>((_, _, response, _) => sent = response)
            .Returns(Task.CompletedTask);
        await using var responder = _harness.Create(InteractionType.MessageComponent);
        var row = new MessageComponent { Type = MessageComponent.ActionRowType, Components = [new MessageComponent { Type = MessageComponent.ButtonType, Style = 2, Label = "Longer", CustomId = "b1:longer:1:short" }] };

        var updated = await responder.UpdateMessageAsync(new MessagePayload { Embeds = [new Embed { Title = "short" }], Components = [row], Flags = MessagePayload.EphemeralFlag }, CancellationToken.None);

        Assert.True(updated);
        Assert.Equal(InteractionCallbackType.UpdateMessage, sent!.Type);
        Assert.Equal("short", Assert.Single(sent.Data!.Embeds!).Title);
        Assert.Same(row, Assert.Single(sent.Data.Components!));
        Assert.Null(sent.Data.Flags);
        Assert.Equal(InteractionResponseState.Replied, responder.State);
    }

    [Fact]
    public async Task After_the_guards_type_6_an_update_sends_nothing_and_says_so()
    {
        await using var responder = _harness.Create(InteractionType.MessageComponent);
        _harness.Time.Advance(TimeSpan.FromSeconds(2));
        await responder.AutoDeferCompletion;

        var updated = await responder.UpdateMessageAsync(MessagePayload.Text("late"), CancellationToken.None);

        Assert.False(updated);
        Assert.Equal([InteractionCallbackType.DeferredUpdateMessage], _harness.Callbacks.Select(c => c.Type));
    }

    [Fact]
    public async Task A_slash_command_cannot_be_answered_with_an_update()
    {
        await using var command = _harness.Create();

        await Assert.ThrowsAsync<InvalidOperationException>(() => command.UpdateMessageAsync(MessagePayload.Text("x"), CancellationToken.None));
        Assert.Empty(_harness.Callbacks);
    }
}
