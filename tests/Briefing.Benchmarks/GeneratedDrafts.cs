using Briefing.Articles;

namespace Briefing.Benchmarks;

/// <summary>
/// Generated library articles for the search benchmarks: eight paragraphs of made-up words; every tenth holds
/// "the harbour needs dredging", every seventh "orchard" or "lighthouse" (never both), every 25th title "tariff",
/// every third belongs to a guild. Seeded, so every run builds the same library.
/// </summary>
internal static class GeneratedDrafts
{
    public static ArticleDraft Article(int n, Random random, ulong guild)
    {
        var paragraphs = new List<string>();
        for (var p = 0; p < 8; p++)
        {
            var words = Enumerable.Range(0, 60).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).ToList();
            if (n % 10 == 0 && p == 3)
            {
                words.InsertRange(20, ["the", "harbour", "needs", "dredging"]);
            }

            if (n % 7 == 0 && p == 5)
            {
                words.Insert(10, n % 2 == 0 ? "orchard" : "lighthouse");
            }

            paragraphs.Add(char.ToUpperInvariant(words[0][0]) + string.Join(' ', words)[1..] + ".");
        }

        var title = $"{Vocabulary[random.Next(Vocabulary.Length)]} and the {(n % 25 == 0 ? "tariff" : Vocabulary[random.Next(Vocabulary.Length)])} question {n}";
        return ArticleBuilder.Titled(title, paragraphs).At($"https://bench.example.org/{n}").InGuild(n % 3 == 0 ? guild : null).Draft();
    }

    public static readonly string[] Vocabulary = BuildVocabulary();

    // Pronounceable made-up words from syllables: an original, repeatable corpus with a realistic spread of terms.
    private static string[] BuildVocabulary()
    {
        string[] syllables = ["ka", "lo", "mi", "ner", "sta", "vo", "tri", "pel", "dan", "ru", "shi", "gor", "ben", "lu", "ca", "fen"];
        var random = new Random(7);
        return Enumerable.Range(0, 3_000)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => syllables[random.Next(syllables.Length)])))
            .Concat(["policy", "market", "argument", "report", "evidence", "council", "river", "budget", "energy", "trade"])
            .Distinct()
            .ToArray();
    }

}
