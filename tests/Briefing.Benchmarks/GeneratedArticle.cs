using System.Text;
using Briefing.Articles;

namespace Briefing.Benchmarks;

/// <summary>
/// A deterministic article of about a given length for benchmarks: an opening claim, paragraphs of four
/// generated sentences, a closing claim. Seeded, so every run measures the same text.
/// </summary>
internal static class GeneratedArticle
{
    public static Article Build(int words, string title, string slug, string opening, string closing, Func<Random, string> sentence)
    {
        var random = new Random(2026);
        var paragraphs = new List<string> { opening };
        var count = opening.Split(' ').Length;
        while (count < words)
        {
            var paragraph = new StringBuilder();
            for (var s = 0; s < 4 && count < words; s++)
            {
                var next = sentence(random);
                paragraph.Append(paragraph.Length > 0 ? " " : string.Empty).Append(next);
                count += next.Split(' ').Length;
            }

            paragraphs.Add(paragraph.ToString());
        }

        paragraphs.Add(closing);
        return ArticleBuilder.Titled(title, paragraphs).WithId(1).At("https://example.org/" + slug).By("Benchmark Author")
            .Fetched(DateTimeOffset.UnixEpoch).InLanguage("en").WithHash(slug).Article();
    }

    public static string Pick(Random random, string[] options) => options[random.Next(options.Length)];
}
