using System.Text.RegularExpressions;

namespace Briefing.Summaries.Model;

/// <summary>Sentence and word splitting for quote checks and answer ranking.</summary>
internal static partial class PlainText
{
    /// <summary>Splits at ., ! or ? (optionally closed by a quote or bracket) followed by a capital or digit.
    /// Abbreviations may over-split; for quoting that only yields shorter spans, all still verbatim.</summary>
    public static IEnumerable<string> Sentences(string paragraph) =>
        SentenceBoundary().Split(CollapseWhitespace(paragraph)).Where(sentence => sentence.Length > 0);

    public static IEnumerable<string> Words(string text) =>
        Word().Matches(text).Select(match => match.Value.ToLowerInvariant());

    public static string CollapseWhitespace(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"(?<=[.!?][""'”’)\]]?)\s+(?=[""'“‘(\[]?[\p{Lu}\d])")]
    private static partial Regex SentenceBoundary();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
