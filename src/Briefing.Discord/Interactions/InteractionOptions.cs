using System.ComponentModel.DataAnnotations;

namespace Briefing.Discord.Interactions;

/// <summary>Configuration section <c>Discord:Interactions</c>.</summary>
public sealed class InteractionOptions
{
    public const string Section = "Discord:Interactions";

    /// <summary>
    /// How long after an interaction's arrival its handler may still answer in the acknowledgement itself (type 4,
    /// one request); past it a deferral (type 5, or 6 for a component) goes out and the answer edits it later.
    /// Counted from the frame's arrival, so time spent queued counts. Zero defers every interaction at once (the
    /// answer always edits); at or past <see cref="AutoDeferAfter"/> only the guard defers.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:02.800")]
    public TimeSpan AckBudget { get; set; } = TimeSpan.FromMilliseconds(150);

    /// <summary>
    /// The last line of defence: when nothing acknowledged an interaction by this long after its arrival (the budget's
    /// deferral failed, say), the guard tries again. Discord kills the token after 3 s; 2 s leaves a second for the
    /// callback's round trip.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:02.800")]
    public TimeSpan AutoDeferAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Interactions waiting for a handler (beyond the <see cref="MaxConcurrentHandlers"/> running), in their own lane beside
    /// the other gateway events. When it is full an interaction is answered at once with a short "busy, try again" (never
    /// dropped unanswered).
    /// </summary>
    [Range(1, 1_000_000)]
    public int QueueCapacity { get; set; } = 4096;

    /// <summary>Interaction handlers running at once (their own slots: other events never hold them).</summary>
    [Range(1, 10_000)]
    public int MaxConcurrentHandlers { get; set; } = 64;

    /// <summary>
    /// Interactions in hand (running, or waiting for a handler) from which a newly arrived slash command is deferred at
    /// once instead of waiting out <see cref="AckBudget"/>: with that many handlers sharing the processors, a new one
    /// rarely finishes within the budget, and waiting for it only delays the acknowledgement. 0 = the processor count.
    /// </summary>
    [Range(0, 10_000)]
    public int BusyFrom { get; set; }

    /// <summary><see cref="BusyFrom"/> as it applies on this machine.</summary>
    public int EffectiveBusyFrom => BusyFrom > 0 ? BusyFrom : Environment.ProcessorCount;

    /// <summary>
    /// <c>gateway</c> (default) or <c>http</c>: Discord POSTs interactions to <c>/interactions</c> on the bot's web host
    /// (the Interactions Endpoint URL in the Developer Portal), verified with <c>Discord:PublicKey</c>.
    /// </summary>
    public InteractionsMode Mode { get; set; } = InteractionsMode.Gateway;

    /// <summary>Largest interaction body the HTTP endpoint reads; a larger one is refused with 413 before it is checked.</summary>
    [Range(1024, 8 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How far X-Signature-Timestamp may be from now: an older signed request is a replay and is refused.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromMinutes(5);
}
