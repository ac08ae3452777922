using Briefing.Articles;

namespace Briefing.Conversations.Ranking;

/// <summary>
/// BM25 (k1 = 1.2, b = 0.75) over the paragraphs of the source articles, with IDF taken over those same
/// paragraphs. The first source is the article the thread is bound to, so its paragraphs win close calls.
/// Coverage (IDF mass of the question's terms a paragraph contains) tells a real match from a stray word.
/// </summary>
internal static class ParagraphRanker
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double OtherSourceWeight = 0.85;

    public static IReadOnlyList<RankedParagraph> Rank(string question, IReadOnlyList<Article> sources)
    {
        var terms = new Terms(sources.FirstOrDefault()?.Language);
        var queryTerms = terms.Of(question).Distinct(StringComparer.Ordinal).ToList();
        var documents = sources
            .SelectMany((article, source) => article.Paragraphs.Select((text, index) =>
                (Source: source, Paragraph: index + 1, Text: text, Terms: terms.Of(text).ToList())))
            .Where(document => document.Terms.Count > 0)
            .ToList();
        if (queryTerms.Count == 0 || documents.Count == 0)
        {
            return [];
        }

        var averageLength = documents.Average(document => document.Terms.Count);
        var idf = queryTerms.ToDictionary(term => term, term =>
        {
            var containing = documents.Count(document => document.Terms.Contains(term));
            return Math.Log(1 + ((documents.Count - containing + 0.5) / (containing + 0.5)));
        }, StringComparer.Ordinal);
        var totalIdf = idf.Values.Sum();

        return [.. documents
            .Select(document =>
            {
                var frequencies = document.Terms.CountBy(term => term).ToDictionary(StringComparer.Ordinal);
                double score = 0, matchedIdf = 0;
                foreach (var term in queryTerms)
                {
                    if (!frequencies.TryGetValue(term, out var frequency))
                    {
                        continue;
                    }

                    matchedIdf += idf[term];
                    score += idf[term] * frequency * (K1 + 1)
                        / (frequency + (K1 * (1 - B + (B * document.Terms.Count / averageLength))));
                }

                var weight = document.Source == 0 ? 1 : OtherSourceWeight;
                return new RankedParagraph(document.Source, document.Paragraph, document.Text, score * weight, totalIdf == 0 ? 0 : matchedIdf / totalIdf);
            })
            .Where(ranked => ranked.Score > 0)
            .OrderByDescending(ranked => ranked.Score)
            .ThenBy(ranked => ranked.Source)
            .ThenBy(ranked => ranked.Paragraph)];
    }
}
