using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Pt;

namespace Briefing.Text;

/// <summary>
/// Function words that carry no topic. English is a broad list of our own (Lucene's English default has only 33
/// words, too few for sentence similarity); other languages use Lucene's per-language lists.
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> English = new(
    [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
        "do", "does", "doing", "down", "during", "each", "even", "ever", "few", "for", "from", "further", "had", "has",
        "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if",
        "in", "into", "is", "it", "its", "itself", "just", "last", "least", "less", "let", "like", "may", "me", "might",
        "more", "most", "much", "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "one",
        "only", "or", "other", "ought", "our", "ours", "ourselves", "out", "over", "own", "per", "quite", "rather",
        "s", "said", "same", "says", "say", "she", "should", "since", "so", "some", "such", "t", "than", "that", "the",
        "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "though",
        "through", "thus", "to", "too", "under", "until", "up", "upon", "us", "very", "was", "we", "were", "what",
        "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
        "without", "would", "yet", "you", "your", "yours", "yourself", "yourselves", "ll", "re", "ve", "d", "m",
        "don", "didn", "doesn", "isn", "wasn", "aren", "weren", "won", "wouldn", "couldn", "shouldn", "can't",
        "cannot", "get", "got", "many", "new", "two", "three", "year", "years", "mr", "mrs", "ms", "dr",
    ], StringComparer.Ordinal);

    /// <summary>Is this lowercase word an English stop word?</summary>
    public static bool IsEnglishStopWord(string word) => English.Contains(word);

    /// <summary>The stop-word test for a language tag (<c>en</c>, <c>de-DE</c>...); English when unknown or null.</summary>
    public static Func<string, bool> For(string? language)
    {
        ICollection<string>? set = LanguageCodes.Primary(language) switch
        {
            "de" => GermanAnalyzer.DefaultStopSet,
            "fr" => FrenchAnalyzer.DefaultStopSet,
            "es" => SpanishAnalyzer.DefaultStopSet,
            "it" => ItalianAnalyzer.DefaultStopSet,
            "nl" => DutchAnalyzer.DefaultStopSet,
            "pt" => PortugueseAnalyzer.DefaultStopSet,
            _ => null,
        };
        return set is null ? IsEnglishStopWord : set.Contains;
    }
}
