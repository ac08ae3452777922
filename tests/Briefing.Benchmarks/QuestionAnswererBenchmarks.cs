using BenchmarkDotNet.Attributes;
using Briefing.Articles;
using Briefing.Conversations;

namespace Briefing.Benchmarks;

/// <summary>
/// The offline answerer on a generated 1,500-word article: a question it answers (with a "why" intent, so the
/// quote is extended), one that names no topic ("what will happen next?", scored on cues), and one it declines.
/// Run: dotnet run -c Release --project tests/Briefing.Benchmarks -- --filter '*QuestionAnswerer*' --job short
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class QuestionAnswererBenchmarks
{
    private static readonly string[] Subjects =
    [
        "The water board", "Farmers in the lower valley", "The regional council", "Hydrologists at the university",
        "Owners of riverside homes", "The fishing association", "Engineers on the dam project", "Village mayors",
    ];

    private static readonly string[] Verbs = ["warned that", "accept that", "argue that", "reported that", "doubt that", "expect that"];

    private static readonly string[] Claims =
    [
        "the reservoir will stay below half its capacity until the autumn rains", "irrigation quotas favour the largest estates",
        "leaks in old pipes waste a fifth of the supply", "groundwater levels have fallen for six straight years",
        "the new weir has hurt the spawning grounds downstream", "metering every well would cost less than a new dam",
        "summer tourism doubles demand in the coastal towns", "recycled water could cover most of the parks",
    ];

    private static readonly string[] Settings =
    [
        "according to figures published in March", "despite a wet spring", "in a report to the assembly",
        "after two dry winters", "because the aquifer recharges slowly", "while prices for water keep rising",
    ];

    private readonly ExtractiveQuestionAnswerer _answerer = new();
    private Article[] _sources = null!;

    [GlobalSetup]
    public void Setup() => _sources = [Generate(1500)];

    [Benchmark(Baseline = true)]
    public GroundedAnswer AnswerableWhy() => Answer("Why have groundwater levels fallen for six years?");

    [Benchmark]
    public GroundedAnswer ForwardLookingWithoutTopic() => Answer("What does the author think will happen next?");

    [Benchmark]
    public GroundedAnswer NotAnswered() => Answer("Who won the football match?");

    private GroundedAnswer Answer(string question) =>
        _answerer.AnswerAsync(question, _sources, [], CancellationToken.None).GetAwaiter().GetResult();

    private static Article Generate(int words) => GeneratedArticle.Build(
        words,
        "Meter the wells before building the dam",
        "benchmark-water",
        "The valley should meter its wells before it builds another dam, because nobody can share water fairly without knowing who draws it.",
        "Metering will take years, and the valley should start now rather than wait for the next drought to force its hand.",
        random => $"{GeneratedArticle.Pick(random, Subjects)} {GeneratedArticle.Pick(random, Verbs)} {GeneratedArticle.Pick(random, Claims)}, {GeneratedArticle.Pick(random, Settings)}.");
}
