namespace Briefing.Discord.Models;

/// <summary>The wire shape of <c>session_start_limit</c>.</summary>
public sealed record SessionStartLimitResponse
{
    public int Total { get; init; }
    public int Remaining { get; init; }
    public long ResetAfter { get; init; }
    public int MaxConcurrency { get; set; } = 1;
}
