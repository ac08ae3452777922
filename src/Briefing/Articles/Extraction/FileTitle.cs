using System.Globalization;
using System.Text.RegularExpressions;

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

        if (firstParagraph.Length <= MaxOpeningLength)
        {
            return firstParagraph;
        }

        var cut = firstParagraph.LastIndexOf(' ', MaxOpeningLength);
        return firstParagraph[..(cut > 0 ? cut : MaxOpeningLength)].TrimEnd(',', ';', ':') + "…";
    }

    [GeneratedRegex(@"[\s_\-.+]+")]
    private static partial Regex Separators();
}
