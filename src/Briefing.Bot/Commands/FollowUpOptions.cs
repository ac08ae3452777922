using System.ComponentModel.DataAnnotations;

namespace Briefing.Bot.Commands;

/// <summary>Follow-up questions in summary threads (section <c>FollowUps</c>).</summary>
public sealed class FollowUpOptions
{
    public const string Section = "FollowUps";

    /// <summary>Quiet time after a message before answering; a burst of messages inside it gets one answer.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan Debounce { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Turns of a thread kept in the database and given to the answerer.</summary>
    [Range(2, 200)]
    public int HistoryTurns { get; set; } = 20;
}
