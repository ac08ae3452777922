using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Text;

namespace Briefing.Articles.Extraction;

/// <summary>
/// A title for text that has none: the file (or URL path) name made readable ("four-day_week.txt" → "Four day
/// week"), or failing that the opening words of the text.
/// </summary>
internal static partial class FileTitle
{
    private const int MaxOpeningLength = 80;

    public static string For(Uri source, string firstParagraph)
    {
        var name = source.IsFile ? Path.GetFileNameWithoutExtension(source.LocalPath) : Path.GetFileNameWithoutExtension(Uri.UnescapeDataString(source.AbsolutePath.TrimEnd('/')));
        var readable = Separators().Replace(name ?? string.Empty, " ").Trim();
        if (readable.Any(char.IsLetter))
        {
            return char.ToUpper(readable[0], CultureInfo.InvariantCulture) + readable[1..];
        }

        // Text's one truncator: at a word, never through a surrogate pair (the old hard cut could split an emoji).
        return TextCut.Truncate(firstParagraph, MaxOpeningLength);
    }

    [GeneratedRegex(@"[\s_\-.+]+")]
    private static partial Regex Separators();
}
