using Briefing.Text;

namespace Briefing.Conversations.Ranking;

/// <summary>Index terms for answer ranking: the product's words, without stop words, Snowball-stemmed so
/// "rides"/"riding" meet "ride". One instance per question (the stemmer memoises and is not thread-safe).</summary>
internal sealed class Terms
{
    // Words every question about an article carries ("what does the author think") and that name no topic.
    private static readonly HashSet<string> QuestionFiller = new(StringComparer.Ordinal)
    {
        "according", "article", "articles", "author", "authors", "explain", "mean", "means", "piece", "tell", "think", "thinks", "writer",
    };

    private readonly WordStemmer _stemmer;
    private readonly Func<string, bool> _isStopWord;

    public Terms(string? language)
    {
        _stemmer = WordStemmer.For(language);
        _isStopWord = StopWords.For(language);
    }

    public IEnumerable<string> Of(string text) => WordTokenizer.Tokenize(text).Select(OfWord).OfType<string>();

    /// <summary>The index term of one lowercase word, or null for a stop word or question filler.</summary>
    public string? OfWord(string lowercaseWord) =>
        _isStopWord(lowercaseWord) || QuestionFiller.Contains(lowercaseWord) ? null : _stemmer.Stem(lowercaseWord);
}
