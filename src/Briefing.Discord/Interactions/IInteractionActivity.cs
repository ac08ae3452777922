namespace Briefing.Discord.Interactions;

/// <summary>
/// How busy the interaction lane is, for background work that should give way to people waiting for an answer (the
/// embedding indexer). Read without locks; a value a moment old is good enough for that.
/// </summary>
public interface IInteractionActivity
{
    /// <summary>Interactions taken in whose handler has not finished yet (running or waiting for a slot).</summary>
    int InHand { get; }

    /// <summary>
    /// When the last interaction arrived (on the clock its arrival was stamped with), answered at once or not; null before
    /// the first. Refusals and "busy" answers never enter <see cref="InHand"/>, but a burst of them still needs the cores.
    /// </summary>
    DateTimeOffset? LastArrivedAt { get; }
}
