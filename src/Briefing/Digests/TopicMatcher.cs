using System.Text.RegularExpressions;
using Briefing.Articles;

namespace Briefing.Digests;

/// <summary>
/// Decides whether an article belongs in a digest with the given topics: a topic matches when its words
/// appear as whole words (case-insensitive) in the title or the text. No topics means every article.
/// </summary>
public static class TopicMatcher
{
    private static readonly TimeSpan RegexBudget = TimeSpan.FromMilliseconds(200);

    public static bool Matches(Article article, IReadOnlyList<string> topics)
    {
        if (topics.Count == 0)
        {
            return true;
        }

        foreach (var topic in topics)
        {
            var pattern = Pattern(topic);
            if (pattern is null)
            {
                continue;
            }

            if (pattern.IsMatch(article.Title) || article.Paragraphs.Any(p => pattern.IsMatch(p)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits "a, b ,c" into distinct lower-case topics.</summary>
    public static IReadOnlyList<string> Parse(string? commaSeparated) =>
        string.IsNullOrWhiteSpace(commaSeparated)
            ? []
            : commaSeparated.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(t => string.Join(' ', t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant())
                .Where(t => t.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToList();

    private static Regex? Pattern(string topic)
    {
        var words = topic.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        // Topics are user text: escaped, so they can only ever be literal words.
        var phrase = string.Join(@"\s+", words.Select(Regex.Escape));
        return new Regex($@"(?<!\w){phrase}(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget);
    }
}
