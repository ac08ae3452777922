using Briefing.Discord.Interactions;
using Briefing.Discord.Interactions.Models;
using Briefing.Discord.Messages.Models;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Briefing.Discord.Tests.Interactions;

/// <summary>Interim content in a deferred original: no acknowledgement, and never over an answer.</summary>
public sealed class InteractionResponderPendingOriginalTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));
    private readonly Mock<IDiscordRestClient> _rest = new();
    private readonly List<string?> _edits = [];
    private int _callbacks;

    public InteractionResponderPendingOriginalTests()
    {
        _rest.Setup(client => client.CreateInteractionResponseAsync(It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()))
            .Callback(() => _callbacks++)
            .Returns(Task.CompletedTask);
        _rest.Setup(client => client.EditOriginalResponseAsync(It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .Callback<ulong, string, MessagePayload, CancellationToken>((_, _, message, _) => _edits.Add(message.Content))
            .ReturnsAsync(new DiscordMessage());
    }

    private InteractionResponder Create() =>
        new InteractionResponderFactory(_rest.Object, _time, Options.Create(new InteractionOptions()), NullLogger<InteractionResponder>.Instance)
            .Create(new Interaction { Id = 11, ApplicationId = 22, Token = "tok", Type = InteractionType.ApplicationCommand });

    [Fact]
    public async Task Before_any_acknowledgement_nothing_is_sent()
    {
        await using var responder = Create();

        Assert.False(await responder.EditPendingOriginalAsync(MessagePayload.Text("⏳ Reading"), CancellationToken.None));

        Assert.Equal(0, _callbacks);
        Assert.Empty(_edits);
        Assert.Equal(InteractionResponseState.NotAcknowledged, responder.State);
    }

    [Fact]
    public async Task A_deferred_original_shows_the_status_and_the_answer_still_edits_the_original()
    {
        await using var responder = Create();
        await responder.DeferAsync(ephemeral: false, CancellationToken.None);

        Assert.True(await responder.EditPendingOriginalAsync(MessagePayload.Text("⏳ Reading"), CancellationToken.None));
        Assert.Equal(InteractionResponseState.Deferred, responder.State);
        await responder.ReplyAsync(MessagePayload.Text("the answer"), CancellationToken.None);

        Assert.Equal(1, _callbacks);
        Assert.Equal(["⏳ Reading", "the answer"], _edits);
        Assert.Equal(InteractionResponseState.Replied, responder.State);
    }

    [Fact]
    public async Task After_the_answer_a_status_is_refused()
    {
        await using var responder = Create();
        await responder.DeferAsync(ephemeral: true, CancellationToken.None);
        await responder.ReplyAsync(MessagePayload.Text("the answer"), CancellationToken.None);

        Assert.False(await responder.EditPendingOriginalAsync(MessagePayload.Text("⏳ late"), CancellationToken.None));

        Assert.Equal(["the answer"], _edits);
    }
}
