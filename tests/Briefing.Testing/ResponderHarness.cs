using Briefing.Discord.Diagnostics;
using Briefing.Discord.Interactions;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Briefing.Testing;

/// <summary>
/// An <see cref="InteractionResponder"/> over a mocked REST client on a fake clock, recording every acknowledgement
/// (with its time and flags) and the content of every edit of the original. Tests may add their own setups on
/// <see cref="Rest"/> (the last matching setup wins), and pass their own clock (a bot host's).
/// </summary>
public sealed class ResponderHarness
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);
    public const ulong InteractionId = 11;
    public const ulong ApplicationId = 22;
    public const string Token = "tok";

    public ResponderHarness(FakeTimeProvider? time = null)
    {
        Time = time ?? new FakeTimeProvider(Start);
        Rest.Setup(client => client.CreateInteractionResponseAsync(It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()))
            .Callback<ulong, string, InteractionResponse, CancellationToken>((_, _, response, _) => Callbacks.Add((response.Type, Time.GetUtcNow(), response.Data?.Flags)))
            .Returns(Task.CompletedTask);
        Rest.Setup(client => client.CreateInteractionResponseWithResultAsync(It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()))
            .Callback<ulong, string, InteractionResponse, CancellationToken>((_, _, response, _) => Callbacks.Add((response.Type, Time.GetUtcNow(), response.Data?.Flags)))
            .ReturnsAsync(new InteractionCallbackResult { Resource = new InteractionCallbackResource { Type = InteractionCallbackType.ChannelMessageWithSource, Message = new DiscordMessage { Id = 900, ChannelId = 5 } } });
        Rest.Setup(client => client.EditOriginalResponseAsync(It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .Callback<ulong, string, MessagePayload, CancellationToken>((_, _, message, _) => Edits.Add(message.Content))
            .ReturnsAsync(() => EditedOriginal);
        Rest.Setup(client => client.CreateFollowupMessageAsync(It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => FollowUp);
        Rest.Setup(client => client.DeleteOriginalResponseAsync(It.IsAny<ulong>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns(Task.CompletedTask);
    }

    public FakeTimeProvider Time { get; }

    public Mock<IDiscordRestClient> Rest { get; } = new();

    public List<(InteractionCallbackType Type, DateTimeOffset At, int? Flags)> Callbacks { get; } = [];

    public List<string?> Edits { get; } = [];

    /// <summary>What Discord answers to an edit of the original.</summary>
    public DiscordMessage EditedOriginal { get; set; } = new();

    /// <summary>What Discord answers to a follow-up.</summary>
    public DiscordMessage FollowUp { get; set; } = new();

    /// <summary>The options responders are made with (default: a 150 ms ack budget, the guard at 2 s).</summary>
    public InteractionOptions Options { get; set; } = new();

    public InteractionResponderFactory Factory(DiscordMetrics? metrics = null) =>
        new(Rest.Object, Time, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<InteractionResponder>.Instance, metrics);

    /// <summary>Interaction 11 of application 22 with token "tok", in the given server and channel.</summary>
    public InteractionResponder Create(
        InteractionType type = InteractionType.ApplicationCommand, DateTimeOffset? receivedAt = null, ulong? guildId = null, ulong? channelId = null) =>
        Factory().Create(new Interaction { Id = InteractionId, ApplicationId = ApplicationId, Token = Token, Type = type, GuildId = guildId, ChannelId = channelId }, receivedAt);
}
