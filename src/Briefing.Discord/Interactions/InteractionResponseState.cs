namespace Briefing.Discord.Interactions;

/// <summary>Where an interaction's response stands; an interaction is acknowledged exactly once.</summary>
public enum InteractionResponseState
{
    NotAcknowledged,
    /// <summary>Type 5 sent ("thinking..."); the next reply edits the original.</summary>
    Deferred,
    /// <summary>Type 6 sent (components); the next update edits the message.</summary>
    DeferredUpdate,
    /// <summary>A visible answer exists (type 4, type 7, or the original was edited), or the original was deleted; more replies are follow-ups.</summary>
    Replied,
    /// <summary>Discord said the interaction is unknown (10062): the 3-s window was missed; nothing more can be sent.</summary>
    Expired,
}
