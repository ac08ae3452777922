namespace Briefing.Summaries.Extractive;

/// <summary>
/// How many points and counterpoints each length asks for, and the word budget of thesis + points. Short is read
/// at a glance (a digest line, a chat embed): its points stop at the budget, but it keeps at least
/// <see cref="MinPoints"/> of them. Longer lengths have no budget. A long piece that explains in sections makes more
/// distinct moves than a short one: at Standard it may get up to <see cref="PointsInSections"/> points, the ones past
/// <see cref="Points"/> only when they are worth reading (see PointSelector).
/// </summary>
internal sealed record SummaryShape(int Points, int MaxCounterpoints, int? WordBudget, int? SectionedPoints = null)
{
    public const int MinPoints = 2;

    public int PointsInSections => SectionedPoints ?? Points;

    public static SummaryShape For(SummaryLength length) => length switch
    {
        SummaryLength.Short => new SummaryShape(3, 1, ShortBudget),
        SummaryLength.Detailed => new SummaryShape(6, 4, null),
        _ => new SummaryShape(4, 3, null, SectionedPoints: 6),
    };

    // About three average news sentences after compression: a fourth item that would run past it rarely adds
    // enough to be worth the reading time (and ROUGE F1 agrees: extra words cost precision).
    private const int ShortBudget = 80;
}
