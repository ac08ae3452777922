namespace Briefing.Digests;

/// <summary>What one scheduler check did for one subscription.</summary>
public enum DigestOutcome
{
    NotDue,
    Posted,
    Empty,
    AlreadyDelivered,
    MissedOutsideWindow,
    /// <summary>Another run (this instance or another) holds the channel's lease; this check composed nothing.</summary>
    HeldByAnotherRun,
    /// <summary>The channel answered 403/404 before; the next attempt waits for its backoff.</summary>
    BackingOff,
    /// <summary>Paused after repeated 403/404 answers, until the channel is subscribed again.</summary>
    Paused,
    /// <summary>The channel answered 403/404 now; the failure was recorded and the subscription backs off.</summary>
    ChannelUnavailable,
}
