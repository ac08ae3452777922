using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Briefing.Text;

namespace Briefing.Storage;

/// <summary>How the library normalises paragraphs and fingerprints an article's text.</summary>
public static partial class ArticleText
{
    /// <summary>
    /// Removes control characters, collapses whitespace runs to one space, trims, drops empty paragraphs and splits
    /// oversized ones at sentence boundaries (paragraph numbers follow this list), so whatever a source held can
    /// be stored on either provider.
    /// </summary>
    public static IReadOnlyList<string> NormalizeParagraphs(IEnumerable<string> paragraphs)
    {
        var result = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            var normalized = NormalizeLine(paragraph);
            if (normalized.Length > 0)
            {
                result.AddRange(StorableText.SplitOversized(normalized));
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

    /// <summary>One line of metadata (title, author, site) as it is stored: no control characters, single spaces, trimmed.</summary>
    public static string NormalizeLine(string? text) =>
        Whitespace().Replace(StorableText.RemoveControlCharacters(text ?? string.Empty), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
