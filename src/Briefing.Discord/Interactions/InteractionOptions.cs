using System.ComponentModel.DataAnnotations;

namespace Briefing.Discord.Interactions;

/// <summary>Configuration section <c>Discord:Interactions</c>.</summary>
public sealed class InteractionOptions
{
    public const string Section = "Discord:Interactions";

    /// <summary>
    /// When the auto-defer guard acknowledges an unanswered interaction, counted from its arrival. Discord
    /// kills the token after 3 s; 2 s leaves a second for the callback's round trip.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:02.800")]
    public TimeSpan AutoDeferAfter { get; set; } = TimeSpan.FromSeconds(2);
}
