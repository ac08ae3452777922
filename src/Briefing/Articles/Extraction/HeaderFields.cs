using System.Text.RegularExpressions;

namespace Briefing.Articles.Extraction;

/// <summary>
/// A header line of fields as pages print them, "Analysis | By Jane Roe | 4 November 2026" or "Commentary · 5 min read ·
/// 3 June 2025": the fields, split at a bar, middle dot or bullet with spaces around it (so "and/or" and "3/4" stay whole).
/// </summary>
internal static partial class HeaderFields
{
    public static List<string> Split(string line) =>
        Separator().Split(line).Select(f => f.Trim()).Where(f => f.Length > 0).ToList();

    [GeneratedRegex(@"\s+[|·•]\s+")]
    private static partial Regex Separator();
}
