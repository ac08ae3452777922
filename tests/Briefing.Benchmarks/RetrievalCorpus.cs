using System.Text.Json;
using System.Text.RegularExpressions;
using Briefing.Articles;
using Briefing.Text;

namespace Briefing.Benchmarks;

/// <summary>
/// The retrieval benchmark's data: the dev set's articles (summaries.jsonl, longform.jsonl) as targets, each with a
/// long query (its reference summary, or its title) and a 3-6 word topic query made from that by one fixed rule;
/// and distractors generated from real English sentences (the dev set's argument essays and the targets themselves).
/// </summary>
internal static partial class RetrievalCorpus
{
    public sealed record Target(string Id, ArticleDraft Draft, string LongQuery, string TopicQuery);

    public static IReadOnlyList<Target> LoadTargets(string devFolder)
    {
        var targets = new List<Target>();
        foreach (var line in File.ReadLines(Path.Combine(devFolder, "summaries.jsonl")).Where(l => l.Length > 0))
        {
            var row = JsonDocument.Parse(line).RootElement;
            var text = row.GetProperty("text").GetString() ?? "";
            var reference = row.GetProperty("reference").GetString() ?? "";
            var title = row.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : FirstWords(text, 12);
            targets.Add(Make(row.GetProperty("id").GetString()!, title, Paragraphs(text), reference));
        }

        foreach (var line in File.ReadLines(Path.Combine(devFolder, "longform.jsonl")).Where(l => l.Length > 0))
        {
            var row = JsonDocument.Parse(line).RootElement;
            var title = row.GetProperty("title").GetString() ?? "";
            // The title is the query here, so the stored copy gets none: otherwise the query would be found verbatim.
            targets.Add(Make(row.GetProperty("id").GetString()!, FirstWords(row.GetProperty("text").GetString() ?? "", 12), Paragraphs(row.GetProperty("text").GetString() ?? ""), title));
        }

        return targets;
    }

    /// <summary>
    /// The fixed rule: the first five words of the long query that are not stop words and have at least three
    /// letters, in their order, each once (fewer when the query has fewer; a query of under three such words keeps them all).
    /// </summary>
    public static string TopicQuery(string longQuery)
    {
        var words = Word().Matches(longQuery).Select(m => m.Value.ToLowerInvariant())
            .Where(w => w.Length >= 3 && !StopWords.IsEnglishStopWord(w))
            .Distinct()
            .Take(5);
        return string.Join(' ', words);
    }

    /// <summary><paramref name="count"/> distractors, each eight sentences drawn from different documents of the pool.</summary>
    public static IReadOnlyList<ArticleDraft> Distractors(string devFolder, IReadOnlyList<Target> targets, int count)
    {
        var pool = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(devFolder, "arguments.jsonl")).Where(l => l.Length > 0))
        {
            pool.AddRange(Sentences(JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? ""));
        }

        foreach (var target in targets)
        {
            pool.AddRange(target.Draft.Paragraphs!.SelectMany(Sentences));
        }

        var random = new Random(2026);
        var drafts = new List<ArticleDraft>(count);
        for (var i = 0; i < count; i++)
        {
            var sentences = Enumerable.Range(0, 8).Select(_ => pool[random.Next(pool.Count)]).ToList();
            drafts.Add(ArticleBuilder.Titled(FirstWords(sentences[0], 10), [.. sentences.Chunk(2).Select(pair => string.Join(' ', pair))])
                .At($"https://distractor.example.org/{i}").Draft());
        }

        return drafts;
    }

    private static Target Make(string id, string title, IReadOnlyList<string> paragraphs, string longQuery) => new(
        id,
        ArticleBuilder.Titled(title, paragraphs).At($"https://target.example.org/{id}").Draft(),
        longQuery,
        TopicQuery(longQuery));

    private static IReadOnlyList<string> Paragraphs(string text)
    {
        var paragraphs = text.Split("\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // CNN/DailyMail texts come as one block: cut them every four sentences.
        return paragraphs.Length > 1 ? paragraphs : Sentences(text).Chunk(4).Select(c => string.Join(' ', c)).ToList();
    }

    private static IEnumerable<string> Sentences(string text) =>
        SentenceSegmenter.Segment(text).Select(span => span.Slice(text).Trim()).Where(s => s.Split(' ').Length >= 5);

    private static string FirstWords(string text, int count) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
