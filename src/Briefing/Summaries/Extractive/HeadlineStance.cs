using Briefing.Text;

namespace Briefing.Summaries.Extractive;

/// <summary>
/// A headline that says what ought to be done, or asks it ("The school run needs buses, not vouchers", "Should
/// universities charge fees?"), or announces reasons or a case, heads an argument. Its body may argue with plain facts
/// and few stance words ("I think", "should"), which alone would read as a news report and let the opening news hook
/// pass for the thesis.
/// </summary>
internal static class HeadlineStance
{
    // What ought to be done, or the reasons and the case for a view ("Four reasons the plan will fall short", "The case
    // for a winter ferry"). "Why" is left out: "Why the port closed" heads news explainers as often as arguments.
    private static readonly HashSet<string> Prescriptive = ["should", "must", "ought", "need", "needs", "reasons", "case"];

    public static bool Prescribes(string? title) =>
        !string.IsNullOrWhiteSpace(title) && WordTokenizer.Tokenize(title).Any(Prescriptive.Contains);
}
