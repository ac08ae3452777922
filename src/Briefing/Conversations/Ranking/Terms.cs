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

    private static string Stem(string word)
    {
        if (word.Length <= 4)
        {
            return word;
        }

        foreach (var suffix in (ReadOnlySpan<string>)["ations", "ation", "ings", "ing", "ies", "ied", "edly", "ed", "es", "s", "ly"])
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= 3)
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }
}
