using Briefing.Discord.Interactions;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Briefing.Discord.Tests.Interactions;

/// <summary>
/// An <see cref="InteractionResponder"/> over a mocked REST client on a fake clock, recording every acknowledgement
/// (with its time and flags) and the content of every edit of the original. Tests may add their own setups.
/// </summary>
internal sealed class ResponderHarness
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);

    public ResponderHarness()
    {
        Rest.Setup(client => client.CreateInteractionResponseAsync(It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()))
            .Callback<ulong, string, InteractionResponse, CancellationToken>((_, _, response, _) => Callbacks.Add((response.Type, Time.GetUtcNow(), response.Data?.Flags)))
            .Returns(Task.CompletedTask);
        Rest.Setup(client => client.CreateInteractionResponseWithResultAsync(It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()))
            .Callback<ulong, string, InteractionResponse, CancellationToken>((_, _, response, _) => Callbacks.Add((response.Type, Time.GetUtcNow(), response.Data?.Flags)))
            .ReturnsAsync(new InteractionCallbackResult { Resource = new InteractionCallbackResource { Type = InteractionCallbackType.ChannelMessageWithSource, Message = new DiscordMessage { Id = 900, ChannelId = 5 } } });
        Rest.Setup(client => client.EditOriginalResponseAsync(It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .Callback<ulong, string, MessagePayload, CancellationToken>((_, _, message, _) => Edits.Add(message.Content))
            .ReturnsAsync(new DiscordMessage());
        Rest.Setup(client => client.CreateFollowupMessageAsync(It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DiscordMessage());
        Rest.Setup(client => client.DeleteOriginalResponseAsync(It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns(Task.CompletedTask);
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public Mock<IDiscordRestClient> Rest { get; } = new();

    public List<(InteractionCallbackType Type, DateTimeOffset At, int? Flags)> Callbacks { get; } = [];

    public List<string?> Edits { get; } = [];

    /// <summary>The options responders are made with (default: a 150 ms ack budget, the guard at 2 s).</summary>
    public InteractionOptions Options { get; } = new();

    /// <summary>Interaction 11 of application 22 with token "tok".</summary>
    public InteractionResponder Create(InteractionType type = InteractionType.ApplicationCommand, DateTimeOffset? receivedAt = null) =>
        new InteractionResponderFactory(Rest.Object, Time, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<InteractionResponder>.Instance)
            .Create(new Interaction { Id = 11, ApplicationId = 22, Token = "tok", Type = type }, receivedAt);
}
