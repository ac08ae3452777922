namespace Briefing.Summaries.Model;

/// <summary>How many points and counterpoints each length asks for (short = thesis + 3 points).</summary>
internal sealed record SummaryLimits(int MaxPoints, int MaxCounterpoints)
{
    public static SummaryLimits For(SummaryLength length) => length switch
    {
        SummaryLength.Short => new(3, 1),
        SummaryLength.Detailed => new(6, 4),
        _ => new(5, 3),
    };
}
