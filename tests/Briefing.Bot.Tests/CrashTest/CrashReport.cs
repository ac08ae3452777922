using System.Globalization;

namespace Briefing.Bot.Tests.CrashTest;

/// <summary>The crash test's figures: what was killed how often, and what the channels ended up holding.</summary>
internal sealed record CrashReport(
    string Provider,
    int Instances,
    int Seed,
    int Kills,
    int KillsAfterCommit,
    int Digests,
    int PagesExpected,
    int PagesPosted,
    int Duplicates,
    int Missed,
    int HistoryReads,
    TimeSpan Duration)
{
    public string Format() => string.Create(CultureInfo.InvariantCulture,
        $"{Provider}, {Instances} instance(s), seed {Seed}: {Kills} SIGKILLs ({KillsAfterCommit} between Discord storing a page and the bot hearing back), " +
        $"{Digests} digests, {PagesExpected} pages expected, {PagesPosted} posted, {Duplicates} duplicates, {Missed} missed, " +
        $"{HistoryReads} channel-history reads, {Duration.TotalSeconds:0} s");
}
