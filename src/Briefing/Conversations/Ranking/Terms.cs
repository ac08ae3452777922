using Briefing.Summaries.Model;

namespace Briefing.Conversations.Ranking;

/// <summary>Index terms for answer ranking: lower-cased words without stop words, crudely stemmed so
/// "sanctions"/"sanctioned" meet "sanction".</summary>
internal static class Terms
{
    // Function words plus the words every question about an article carries ("what does the author say").
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "according", "after", "all", "also", "an", "and", "any", "are", "article", "as", "at", "author",
        "be", "been", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "how",
        "i", "if", "in", "into", "is", "it", "its", "me", "mean", "more", "of", "on", "or", "piece", "say", "said",
        "says", "should", "so", "tell", "than", "that", "the", "their", "them", "then", "there", "these", "they",
        "think", "this", "those", "to", "was", "we", "were", "what", "when", "where", "which", "who", "whom", "why",
        "will", "with", "would", "writer", "you", "your",
    };

    public static IEnumerable<string> Of(string text) =>
        PlainText.Words(text).Where(word => !StopWords.Contains(word)).Select(Stem);

    /// <summary>Suffix stripping in the spirit of Porter's first steps: enough that the forms of a word
    /// in a question and in an article meet ("rides"/"ride"/"riding" → "rid").</summary>
    private static string Stem(string word)
    {
        if (word.Length <= 3)
        {
            return word;
        }

        var stem = word switch
        {
            _ when Strip(word, "ations", out var s) => s,
            _ when Strip(word, "ation", out var s) => s,
            _ when Strip(word, "ings", out var s) => s,
            _ when Strip(word, "ing", out var s) => s,
            _ when Strip(word, "ies", out var s) => s + "y",
            _ when Strip(word, "ied", out var s) => s + "y",
            _ when Strip(word, "edly", out var s) => s,
            _ when Strip(word, "ed", out var s) => s,
            _ when word.EndsWith("sses", StringComparison.Ordinal) => word[..^2],
            _ when word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) => word[..^1],
            _ when Strip(word, "ly", out var s) => s,
            _ => word,
        };
        return stem.Length > 3 && stem.EndsWith('e') ? stem[..^1] : stem;
    }

    private static bool Strip(string word, string suffix, out string stem)
    {
        var fits = word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= 3;
        stem = fits ? word[..^suffix.Length] : word;
        return fits;
    }
}
