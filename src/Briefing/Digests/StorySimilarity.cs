using Briefing.Articles;
using Briefing.Text;

namespace Briefing.Digests;

/// <summary>
/// How alike two articles' texts are: TF-IDF cosine over content-word stems (title counted twice, then the body), with
/// document frequencies from a background collection (the digest's articles and the library's recent ones). The IDF is
/// ln((N+1)/df): a word in every article of the collection weighs almost nothing, so boilerplate shared by a site's
/// pieces does not make them one story, while names, places and numbers of one event weigh most.
/// </summary>
public sealed class StorySimilarity
{
    // Long pieces would let their tail outweigh the lede, where a story is named; the opening paragraphs suffice.
    private const int ParagraphsRead = 12;

    private readonly Dictionary<long, SparseVector> _vectors = [];

    public StorySimilarity(IReadOnlyList<Article> collection)
    {
        ArgumentNullException.ThrowIfNull(collection);
        var terms = collection.DistinctBy(a => a.Id).ToDictionary(a => a.Id, Terms);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var documentFrequency = new Dictionary<int, int>();
        foreach (var articleTerms in terms.Values)
        {
            foreach (var term in articleTerms.Distinct())
            {
                var id = IdOf(ids, term);
                documentFrequency[id] = documentFrequency.GetValueOrDefault(id) + 1;
            }
        }

        var documents = terms.Count;
        foreach (var (articleId, articleTerms) in terms)
        {
            var weights = new Dictionary<int, double>();
            foreach (var group in articleTerms.GroupBy(t => t, StringComparer.Ordinal))
            {
                var id = ids[group.Key];
                weights[id] = (1 + Math.Log(group.Count())) * Math.Log((documents + 1.0) / documentFrequency[id]);
            }

            _vectors[articleId] = new SparseVector(weights);
        }
    }

    /// <summary>Cosine in [0, 1]; 0 when either article was not in the collection.</summary>
    public double Between(long first, long second) =>
        _vectors.TryGetValue(first, out var a) && _vectors.TryGetValue(second, out var b) ? a.Cosine(b) : 0;

    private static List<string> Terms(Article article)
    {
        var stemmer = WordStemmer.For(article.Language);
        var isStopWord = StopWords.For(article.Language);
        var text = string.Join('\n', [article.Title, article.Title, .. article.Paragraphs.Take(ParagraphsRead)]);
        // Numbers stay, even one digit long: "item 3" and "item 4" are different stories, and figures pin an event down.
        return WordTokenizer.Tokenize(text).Where(w => (w.Length > 1 || char.IsDigit(w[0])) && !isStopWord(w)).Select(stemmer.Stem).ToList();
    }

    private static int IdOf(Dictionary<string, int> ids, string term)
    {
        if (!ids.TryGetValue(term, out var id))
        {
            id = ids.Count;
            ids[term] = id;
        }

        return id;
    }
}
