using System.Text;
using Briefing.Articles;

namespace Briefing.Tests.Summaries.Extractive;

/// <summary>Generates a long, varied report deterministically (seeded), for size and robustness tests.</summary>
internal static class LongReport
{
    private static readonly string[] Subjects =
    [
        "The regional water board", "Farmers in the northern valleys", "The national grid operator", "Local councils",
        "Independent auditors", "The coastal towns", "Small manufacturers", "The ministry of transport",
    ];

    private static readonly string[] Verbs =
    [
        "reported", "warned about", "invested in", "delayed", "questioned", "expanded", "reviewed", "cut back",
    ];

    private static readonly string[] Objects =
    [
        "the cost of new reservoirs", "drought measures for the summer", "storage for surplus solar power",
        "repairs to flood defences", "the price of irrigation permits", "rail links to the ports",
        "grants for energy efficiency", "monitoring of river quality", "the timetable for the new pipeline",
    ];

    private static readonly string[] Tails =
    [
        "after a dry winter", "despite objections from residents", "according to figures published in May",
        "for the third year running", "while budgets remained tight", "as demand kept rising",
    ];

    public static Article Generate(int words, int seed = 42)
    {
        var random = new Random(seed);
        var paragraphs = new List<string>();
        var paragraph = new StringBuilder();
        var count = 0;
        var sentencesInParagraph = 0;
        while (count < words)
        {
            var sentence = $"{Pick(random, Subjects)} {Pick(random, Verbs)} {Pick(random, Objects)} {Pick(random, Tails)}.";
            paragraph.Append(paragraph.Length > 0 ? " " : string.Empty).Append(sentence);
            count += sentence.Split(' ').Length;
            if (++sentencesInParagraph == 4)
            {
                paragraphs.Add(paragraph.ToString());
                paragraph.Clear();
                sentencesInParagraph = 0;
            }
        }
        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph.ToString());
        }
        paragraphs.Insert(0, "Water and energy planners should coordinate their investments, because both depend on the same rivers.");
        return ExtractiveFixtures.Make("Water and energy planning report", "en", [.. paragraphs]);
    }

    private static string Pick(Random random, string[] options) => options[random.Next(options.Length)];
}
