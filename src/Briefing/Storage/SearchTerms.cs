using System.Text.RegularExpressions;
using Briefing.Text;

namespace Briefing.Storage;

/// <summary>
/// The words of a user's query, and nothing else. Search engines get only these tokens, each quoted by the
/// provider, so operators, quotes, column filters and control characters in user text have no meaning.
/// Stop words ("the", "is", "with") are dropped: they would make the any-word fallback match every article
/// and the snippets bold them.
/// </summary>
internal static partial class SearchTerms
{
    // A query of a few dozen words is plenty; the cap keeps a 10 KB paste from building a huge expression.
    private const int MaxTerms = 32;
    private const int MaxTermLength = 64;

    public static IReadOnlyList<string> Extract(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var terms = new List<string>();
        foreach (Match match in Word().Matches(query))
        {
            var term = match.Value.ToLowerInvariant();
            if (StopWords.IsEnglishStopWord(term))
            {
                continue;
            }

            if (term.Length > MaxTermLength)
            {
                term = term[..MaxTermLength];
            }

            if (!terms.Contains(term))
            {
                terms.Add(term);
            }

            if (terms.Count == MaxTerms)
            {
                break;
            }
        }

        return terms;
    }

    // Letters, marks and digits: the characters FTS5's unicode61 and PostgreSQL's parser treat as word characters.
    // A word starts with a letter or digit, so a stray mark (an emoji's variation selector U+FE0F) is no word.
    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*")]
    private static partial Regex Word();
}
