using System.Globalization;
using Xunit.Abstractions;

namespace Briefing.Bot.Tests.CrashTest;

/// <summary>
/// Exactly once across real crashes: the built bot as child processes, SIGKILLed at random points of multi-page
/// digests against a fake Discord that forgets nonces after 2 s, restarted at once but heard by that Discord only after
/// that window. 20 kills by default;
/// <c>BRIEFING_CRASH_KILLS</c> sets another count (tools/crash-test/run uses 100) and <c>BRIEFING_CRASH_REPORT</c>
/// a file that receives the figures. <c>BRIEFING_CRASH_SEED</c> replays one run.
/// </summary>
[Collection(CrashTestCollection.Name)]
public sealed class CrashTests(ITestOutputHelper output)
{
    [Fact]
    public Task One_instance_on_SQLite_killed_at_random_posts_every_page_exactly_once() => RunAsync("sqlite", instances: 1);

    [SkippableFact]
    public async Task Two_instances_on_PostgreSQL_killed_at_random_post_every_page_exactly_once()
    {
        await RealPostgres.RequireAsync();
        await RunAsync("postgres", instances: 2);
    }

    private async Task RunAsync(string provider, int instances)
    {
        var kills = int.TryParse(Environment.GetEnvironmentVariable("BRIEFING_CRASH_KILLS"), CultureInfo.InvariantCulture, out var k) ? k : 20;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("BRIEFING_CRASH_SEED"), CultureInfo.InvariantCulture, out var s) ? s : Random.Shared.Next(1, 1_000_000);

        var report = await new CrashScenario(provider, instances, kills, seed).RunAsync(output.WriteLine);

        output.WriteLine(report.Format());
        if (Environment.GetEnvironmentVariable("BRIEFING_CRASH_REPORT") is { Length: > 0 } path)
        {
            await File.AppendAllTextAsync(path, report.Format() + "\n");
        }
        Assert.Equal(kills, report.Kills);
        Assert.True(report.KillsAfterCommit > 0, report.Format());
        Assert.Equal((0, 0), (report.Duplicates, report.Missed));
        Assert.Equal(report.PagesExpected, report.PagesPosted);
    }
}
