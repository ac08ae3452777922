using System.Diagnostics;
using System.Globalization;

namespace Briefing.Benchmarks;

/// <summary>
/// A quick pass over the <see cref="LargeLibrarySearchBenchmarks"/> methods for a loaded machine: the methods take
/// turns, round after round, so load that comes and goes falls on all of them alike and their ratios stay comparable
/// (BenchmarkDotNet measures one method after another, minutes apart). Prints p50 and p95 per method and each as a
/// multiple of the raw all-words query.
/// Run: dotnet run -c Release --project tests/Briefing.Benchmarks -- large-library-timing sqlite|postgres [rounds]
/// </summary>
internal static class LargeLibraryTiming
{
    public static async Task<int> RunAsync(string provider, int rounds)
    {
        var bench = new LargeLibrarySearchBenchmarks { Provider = provider };
        bench.Setup();
        try
        {
            var methods = new (string Name, Func<Task> Run)[]
            {
                ("RawAllWords", () => bench.RawAllWords()),
                ("LibraryThreeWords", () => bench.LibraryThreeWords()),
                ("LibraryThreeWordsInGuild", () => bench.LibraryThreeWordsInGuild()),
                ("LibraryNoAllWordsMatch", () => bench.LibraryNoAllWordsMatch()),
                ("RawAnyWord", () => bench.RawAnyWord()),
                ("HybridThreeWords", () => bench.HybridThreeWords()),
            };
            var samples = methods.Select(_ => new List<double>(rounds)).ToArray();
            for (var round = -3; round < rounds; round++)
            {
                for (var m = 0; m < methods.Length; m++)
                {
                    var clock = Stopwatch.StartNew();
                    await methods[m].Run();
                    if (round >= 0)
                    {
                        samples[m].Add(clock.Elapsed.TotalMilliseconds);
                    }
                }
            }

            var rawP50 = Percentile(samples[0], 0.50);
            var rawP95 = Percentile(samples[0], 0.95);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// {provider}, {LargeLibrary.Size} articles, {rounds} rounds, load average {LargeLibrary.LoadAverage()}"));
            Console.WriteLine("| method | p50 ms | p95 ms | p50 vs raw all-words | p95 vs raw all-words |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            for (var m = 0; m < methods.Length; m++)
            {
                var p50 = Percentile(samples[m], 0.50);
                var p95 = Percentile(samples[m], 0.95);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {methods[m].Name} | {p50:F2} | {p95:F2} | {p50 / rawP50:F2}x | {p95 / rawP95:F2}x |"));
            }
        }
        finally
        {
            bench.Cleanup();
        }

        return 0;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
