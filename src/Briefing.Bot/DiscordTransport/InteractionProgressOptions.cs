using System.ComponentModel.DataAnnotations;

namespace Briefing.Bot.DiscordTransport;

/// <summary>Configuration section <c>Discord:Progress</c>: when a slow command's status lines appear in its reply.</summary>
public sealed class InteractionProgressOptions
{
    public const string Section = "Discord:Progress";

    /// <summary>
    /// Quiet period from the interaction's arrival: most commands answer within it, and a status that flashes for a
    /// moment before the answer reads as flicker. Shorter than the auto-defer guard's 2 s, so a slow command shows
    /// its status about when "thinking..." would appear.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ShowAfter { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>
    /// Least time between two status edits (the latest line wins): readable, and far inside the webhook's rate limit,
    /// which the final answer shares.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromSeconds(2);
}
