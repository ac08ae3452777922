using System.Globalization;
using Briefing.Articles;
using Briefing.Conversations;
using Briefing.Conversations.Ranking;
using Briefing.Embeddings;
using Briefing.Retrieval;
using Briefing.Tests.Conversations;

namespace Briefing.Benchmarks;

/// <summary>
/// Which paragraph a grounded answer should cite, on the project's question table (AnswerFixtures, linked from
/// the tests): the share of answerable questions whose gold ¶ ranks first, and in the top three, for the answerer's
/// lexical sentence ranking, for embeddings alone and for both fused by reciprocal rank.
/// Run: dotnet run -c Release --project tests/Briefing.Benchmarks -- paragraphs
/// </summary>
internal static class ParagraphRetrievalBenchmark
{
    public static async Task<int> RunAsync()
    {
        using var embedder = new MiniLmEmbedder();
        var rows = AnswerFixtures.Table.Where(r => r.Answerable).ToList();
        var articles = rows.SelectMany(r => r.Sources).DistinctBy(a => a.Id).ToList();
        var paragraphTexts = articles.SelectMany(a => a.Paragraphs).ToList();
        var paragraphVectors = await embedder.EmbedAsync(paragraphTexts, CancellationToken.None);
        var vectorOf = new Dictionary<(long, int), float[]>();
        var next = 0;
        foreach (var article in articles)
        {
            for (var p = 1; p <= article.Paragraphs.Count; p++)
            {
                vectorOf[(article.Id, p)] = paragraphVectors[next++];
            }
        }

        var questionVectors = await embedder.EmbedAsync(rows.Select(r => r.Question).ToList(), CancellationToken.None);
        var results = new Dictionary<string, List<int?>> { ["lexical"] = [], ["embedding"] = [], ["hybrid"] = [] };
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var lexical = Lexical(row.Question, row.Sources);
            var embedding = row.Sources
                .SelectMany(a => Enumerable.Range(1, a.Paragraphs.Count).Select(p => (Key: Key(a.Id, p), Score: EmbeddingVector.Dot(questionVectors[i], vectorOf[(a.Id, p)]))))
                .OrderByDescending(x => x.Score).Select(x => x.Key).ToList();
            var hybrid = ReciprocalRankFusion.Fuse([lexical, embedding], 60).Select(f => f.Id).ToList();
            var gold = Key(row.ArticleId!.Value, row.Paragraph!.Value);
            results["lexical"].Add(Rank(lexical, gold));
            results["embedding"].Add(Rank(embedding, gold));
            results["hybrid"].Add(Rank(hybrid, gold));
        }

        Console.WriteLine($"| method | gold ¶ first ({rows.Count} answerable questions) | gold ¶ in top 3 | MRR |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (name, ranks) in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {ranks.Count(r => r == 1)} ({ranks.Count(r => r == 1) * 100.0 / ranks.Count:F0}%) | {ranks.Count(r => r <= 3)} ({ranks.Count(r => r <= 3) * 100.0 / ranks.Count:F0}%) | {ranks.Average(r => r is { } k ? 1.0 / k : 0):F3} |"));
        }

        return 0;
    }

    // The answerer's own ranking: paragraphs in the order of their best-matching sentence.
    private static List<long> Lexical(string question, IReadOnlyList<Article> sources)
    {
        var terms = new Terms(sources.FirstOrDefault()?.Language);
        var analysis = QuestionAnalysis.For(question, Array.Empty<ConversationTurn>(), terms);
        return SentenceRanker.Rank(analysis, sources, terms)
            .Select(s => Key(sources[s.Paragraph.Source].Id, s.Paragraph.Paragraph))
            .Distinct()
            .ToList();
    }

    // One id per (article, paragraph), so the fusion can rank paragraphs like articles.
    private static long Key(long articleId, int paragraph) => (articleId * 10_000) + paragraph;

    private static int? Rank(List<long> ranking, long gold)
    {
        var index = ranking.IndexOf(gold);
        return index < 0 ? null : index + 1;
    }
}
