using BenchmarkDotNet.Attributes;
using Briefing.Articles;
using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Benchmarks;

/// <summary>
/// The extractive engine on a generated 1,500-word analysis (target: under 150 ms median; a repeat of the same article is answered from the summary cache).
/// Run: dotnet run -c Release --project tests/Briefing.Benchmarks -- --filter '*Extractive*' --job short
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ExtractiveSummarizerBenchmarks
{
    private static readonly string[] Actors =
    [
        "The central bank", "Regional lenders", "Exporters in the south", "The finance ministry", "Opposition economists",
        "Union leaders", "Foreign investors", "Small retailers", "The statistics office", "Mortgage holders",
    ];

    private static readonly string[] Actions =
    [
        "have warned that", "now accept that", "argue that", "reported that", "fear that", "doubt that",
        "expect that", "have shown that",
    ];

    private static readonly string[] Claims =
    [
        "higher interest rates will slow lending to households", "the currency is overvalued against the euro",
        "inflation has peaked after two difficult winters", "wage growth is finally outpacing prices",
        "the housing market will cool before the autumn", "public borrowing must fall over the next three years",
        "energy subsidies distort the price signals firms rely on", "productivity in services has barely grown",
        "the recovery depends on exports more than on consumers", "tax receipts surprised on the upside in spring",
    ];

    private static readonly string[] Qualifiers =
    [
        "according to figures released on Thursday", "despite a strong start to the year", "in a report to parliament",
        "after months of uncertainty", "while unemployment stays close to record lows", "as the budget deadline nears",
    ];

    private readonly ExtractiveSummarizer _summarizer = new();
    private Article _article = null!;
    private Article _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        _article = Generate(1500);
        _report = Generate(20_000);
    }

    [Benchmark(Baseline = true)]
    public ArgumentSummary Standard1500Words() => _summarizer.SummarizeAsync(_article, SummaryLength.Standard, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>A long report: the bounded LexRank graph keeps this near-linear in the length.</summary>
    [Benchmark]
    public ArgumentSummary Detailed20000Words() => _summarizer.SummarizeAsync(_report, SummaryLength.Detailed, CancellationToken.None).GetAwaiter().GetResult();

    private static Article Generate(int words) => GeneratedArticle.Build(
        words,
        "Why the budget should wait for the central bank",
        "benchmark",
        "The government should let the central bank finish its work before it changes the fiscal rules, because two policies pulling in different directions would cost more than either alone.",
        "In short, the safest course is patience: let rates work, and keep the budget steady until the data settle.",
        random => random.Next(7) == 0
            ? $"Critics argue that {GeneratedArticle.Pick(random, Claims)}, but the evidence so far points the other way."
            : $"{GeneratedArticle.Pick(random, Actors)} {GeneratedArticle.Pick(random, Actions)} {GeneratedArticle.Pick(random, Claims)}, {GeneratedArticle.Pick(random, Qualifiers)}.");
}
