namespace Briefing.Summaries;

public enum SummaryLength
{
    /// <summary>Thesis and three points.</summary>
    Short,
    Standard,
    Detailed,
}
