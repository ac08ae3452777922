namespace Briefing.Text;

/// <summary>
/// Turns a set of sentences (already reduced to content-word stems) into TF-IDF vectors, with the sentences
/// themselves as the document collection: a word that appears everywhere in the article says little about any
/// one sentence. Term ids are assigned per vectorizer.
/// </summary>
public sealed class TfIdfVectorizer
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<int> _documentFrequency = [];
    private int _documents;

    /// <summary>Counts each sentence's distinct terms; call once per sentence before <see cref="Vectorize"/>.</summary>
    public void Observe(IReadOnlyList<string> terms)
    {
        _documents++;
        var seen = new HashSet<int>();
        foreach (var term in terms)
        {
            var id = IdOf(term);
            if (seen.Add(id))
            {
                _documentFrequency[id]++;
            }
        }
    }

    /// <summary>Sublinear TF times smoothed IDF, L2-normalised. Unknown terms get the rarest weight.</summary>
    public SparseVector Vectorize(IReadOnlyList<string> terms)
    {
        var counts = new Dictionary<int, double>();
        foreach (var term in terms)
        {
            var id = IdOf(term);
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }
        var weights = new Dictionary<int, double>(counts.Count);
        foreach (var (id, count) in counts)
        {
            weights[id] = (1 + Math.Log(count)) * Idf(id);
        }
        return new SparseVector(weights);
    }

    public double Idf(string term) => _ids.TryGetValue(term, out var id) ? Idf(id) : Math.Log(1.0 + _documents);

    private double Idf(int id) => Math.Log((1.0 + _documents) / (1.0 + _documentFrequency[id])) + 1.0;

    private int IdOf(string term)
    {
        if (!_ids.TryGetValue(term, out var id))
        {
            id = _ids.Count;
            _ids[term] = id;
            _documentFrequency.Add(0);
        }
        return id;
    }
}
