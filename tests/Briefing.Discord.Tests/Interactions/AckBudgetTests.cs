using Briefing.Discord.Interactions;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;

namespace Briefing.Discord.Tests.Interactions;

/// <summary>The acknowledgement is decided within the ack budget, counted from arrival; the 2-s guard stays behind it.</summary>
public sealed class AckBudgetTests
{
    private readonly ResponderHarness _harness = new();

    [Fact]
    public async Task An_answer_ready_within_the_budget_is_the_acknowledgement_itself_and_nothing_follows()
    {
        await using var responder = _harness.Create();

        _harness.Time.Advance(TimeSpan.FromMilliseconds(100));
        Assert.True(await responder.AnswerAsync(MessagePayload.Text("quick answer"), CancellationToken.None));
        _harness.Time.Advance(TimeSpan.FromSeconds(5));
        await responder.AutoDeferCompletion;

        var answer = Assert.Single(_harness.Callbacks);
        Assert.Equal(InteractionCallbackType.ChannelMessageWithSource, answer.Type);
        Assert.Equal(InteractionResponseState.Replied, responder.State);
        Assert.Equal(900UL, responder.OriginalMessage?.Id);
        Assert.Empty(_harness.Edits);
        // The answer carries article text: it goes out with no mentions allowed.
        _harness.Rest.Verify(client => client.CreateInteractionResponseWithResultAsync(11, "tok",
            It.Is<InteractionResponse>(r => r.Data!.Content == "quick answer" && r.Data.AllowedMentions!.Parse.Count == 0), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Past_the_budget_a_deferral_goes_out_and_a_late_answer_becomes_an_edit()
    {
        await using var responder = _harness.Create();

        _harness.Time.Advance(TimeSpan.FromMilliseconds(149));
        Assert.Empty(_harness.Callbacks);
        _harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        await responder.AutoDeferCompletion;

        var deferral = Assert.Single(_harness.Callbacks);
        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, deferral.Type);
        Assert.Equal(ResponderHarness.Start + TimeSpan.FromMilliseconds(150), deferral.At);
        Assert.False(await responder.AnswerAsync(MessagePayload.Text("late answer"), CancellationToken.None));
        await responder.EditOriginalAsync(MessagePayload.Text("late answer"), CancellationToken.None);
        Assert.Equal(["late answer"], _harness.Edits);
        Assert.Single(_harness.Callbacks);
    }

    [Fact]
    public async Task The_budget_counts_from_arrival_so_time_spent_waiting_is_spent()
    {
        // The frame arrived 120 ms before the responder was made (it waited in a queue meanwhile).
        await using var responder = _harness.Create(receivedAt: _harness.Time.GetUtcNow() - TimeSpan.FromMilliseconds(120));

        _harness.Time.Advance(TimeSpan.FromMilliseconds(30));
        await responder.AutoDeferCompletion;

        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, Assert.Single(_harness.Callbacks).Type);
    }

    [Fact]
    public async Task When_the_budgets_deferral_fails_the_two_second_guard_tries_again()
    {
        var attempts = 0;
        _harness.Rest.Setup(client => client.CreateInteractionResponseAsync(11, "tok", It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()))
            .Returns(() => ++attempts == 1
                ? Task.FromException(new HttpRequestException("connection reset"))
                : Task.CompletedTask);
        await using var responder = _harness.Create();

        _harness.Time.Advance(TimeSpan.FromMilliseconds(150));
        await responder.AutoDeferCompletion;
        Assert.Equal(1, attempts);
        Assert.Equal(InteractionResponseState.NotAcknowledged, responder.State);

        _harness.Time.Advance(TimeSpan.FromMilliseconds(1850));
        await responder.AutoDeferCompletion;
        Assert.Equal(2, attempts);
        Assert.Equal(InteractionResponseState.Deferred, responder.State);
        Assert.True(responder.WasAutoDeferred);
    }

    [Fact]
    public async Task A_deferral_already_made_leaves_the_guard_nothing_to_do()
    {
        await using var responder = _harness.Create();

        _harness.Time.Advance(TimeSpan.FromSeconds(3));
        await responder.AutoDeferCompletion;

        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, Assert.Single(_harness.Callbacks).Type);
    }
}
