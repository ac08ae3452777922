using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Library;

/// <summary>How the library normalises paragraphs and fingerprints an article's text.</summary>
public static partial class ArticleText
{
    /// <summary>Collapses whitespace runs to one space, trims, and drops empty paragraphs (paragraph numbers follow this list).</summary>
    public static IReadOnlyList<string> NormalizeParagraphs(IEnumerable<string> paragraphs)
    {
        var result = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            var normalized = Whitespace().Replace(paragraph ?? string.Empty, " ").Trim();
            if (normalized.Length > 0)
            {
                result.Add(normalized);
            }
        }

        return result;
    }

    /// <summary>Lower-case hex SHA-256 of the normalised paragraphs joined by newlines: the same text in other whitespace hashes alike.</summary>
    public static string ContentHash(IEnumerable<string> paragraphs)
    {
        var joined = string.Join('\n', NormalizeParagraphs(paragraphs));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
