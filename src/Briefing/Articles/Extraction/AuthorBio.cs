using System.Text.RegularExpressions;

namespace Briefing.Articles.Extraction;

/// <summary>
/// "Jane Roe is a senior fellow at the Harbour Institute." A short paragraph that introduces its author by name
/// and role, the way web pages close an article; it names the author and is not the article's own text.
/// </summary>
internal static partial class AuthorBio
{
    /// <summary>The person a bio paragraph introduces, or null when the paragraph is not a bio.</summary>
    public static string? NameIn(string paragraph)
    {
        if (paragraph.Length > 600)
        {
            return null;
        }

        var match = Bio().Match(paragraph);
        return match.Success ? match.Groups["name"].Value.Trim() : null;
    }

    // A capitalised name of two to five words (particles allowed), an optional honorific, then "is/was/serves as"
    // and a role word within the next dozen words.
    [GeneratedRegex(
        @"^\W*(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs|Sir|Dame)\.?\s+)?(?<name>(?!(?:The|This|That|These|Those|Our|His|Her|Their|Its|An?|In|On|At|But|And|If|When|While)\b)\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|den|da|du|la|le|al|bin|ibn|del|di|dos)){1,4})" +
        @"(?:\s*\([^)]{0,60}\))?\s*,?\s+(?:is|was|serves as|has been|works as|teaches|writes)\b(?:\s+\S+){0,12}?\s+" +
        @"(?:fellow|professor|lecturer|director|editor|researcher|analyst|economist|scholar|journalist|correspondent|reporter|writer|author|" +
        @"columnist|contributor|student|candidate|associate|chair|president|founder|co-founder|partner|head|manager|adviser|advisor|consultant|" +
        @"expert|specialist|historian|lawyer|attorney|scientist|officer|commentator|blogger|ambassador|minister|diplomat|member)s?\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Bio();
}
