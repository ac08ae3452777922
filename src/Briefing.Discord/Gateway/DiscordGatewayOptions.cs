using System.ComponentModel.DataAnnotations;

namespace Briefing.Discord.Gateway;

/// <summary>Configuration section <c>Discord:Gateway</c>: event queue and handler limits of the gateway dispatcher.</summary>
public sealed class DiscordGatewayOptions
{
    public const string Section = "Discord:Gateway";

    /// <summary>Dispatches buffered between the socket reader and the handlers.</summary>
    [Range(1, 1_000_000)]
    public int EventQueueCapacity { get; set; } = 1024;

    /// <summary>
    /// How long the reader waits for room in a full queue before dropping the event. Kept far below the heartbeat
    /// interval (~41 s) so a stuck consumer never stops the reader from seeing HEARTBEAT_ACKs.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan EventQueueFullWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A handler still running after this is logged as hung and its cancellation token is cancelled.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan HandlerTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>At shutdown, how long the handlers still running (already cancelled) get to finish their last writes.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan StopGrace { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Handler invocations in flight at once; a hung handler holds one slot until its timeout.</summary>
    [Range(1, 10_000)]
    public int MaxConcurrentHandlers { get; set; } = 64;
}
