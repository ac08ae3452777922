namespace Briefing.Bot.Tests.FakeDiscord;

/// <summary>An interaction the fake dispatched, and how the bot answered it.</summary>
public sealed class FakeInteraction
{
    public required ulong Id { get; init; }
    public required string Token { get; init; }
    public required ulong ChannelId { get; init; }
    public required DateTimeOffset DispatchedAt { get; init; }
    /// <summary>For a component click: the message the button sits on (a type 6 or 7 makes it the original).</summary>
    public ulong? MessageId { get; init; }

    /// <summary>Callback type of the first (and only allowed) acknowledgement, null while unanswered.</summary>
    public int? AckType { get; set; }
    public DateTimeOffset? AckedAt { get; set; }
    public bool Ephemeral { get; set; }
    /// <summary>The "original response" message: created by a type 4 or 5 callback.</summary>
    public ulong? OriginalMessageId { get; set; }
    /// <summary>True while the original is the "thinking..." placeholder of a deferral.</summary>
    public bool OriginalIsLoading { get; set; }
    public List<ulong> FollowUpIds { get; } = [];

    public TimeSpan? AckLatency => AckedAt - DispatchedAt;
}
