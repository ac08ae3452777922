namespace Briefing.Summaries.Extractive;

/// <summary>How many points and counterpoints each length asks for.</summary>
internal sealed record SummaryShape(int Points, int MaxCounterpoints)
{
    public static SummaryShape For(SummaryLength length) => length switch
    {
        SummaryLength.Short => new SummaryShape(3, 1),
        SummaryLength.Detailed => new SummaryShape(6, 4),
        _ => new SummaryShape(4, 2),
    };
}
