using System.Text.RegularExpressions;
using Briefing.Text;

namespace Briefing.Articles.Extraction;

/// <summary>
/// "By Jane Roe", "Posted by Jane Roe and Tom Hale on March 4, 2025": the authors (and a date, when the line has
/// one). A sentence that merely starts with "By" ("By contrast, …", "By 2030 …") is not a byline: every name must
/// be capitalised words.
/// </summary>
internal static partial class Byline
{
    public static (IReadOnlyList<string> Authors, DateTimeOffset? Date)? Parse(string line)
    {
        if (line.Length > 150)
        {
            return null;
        }

        if (Prefix().Match(line) is not { Success: true } prefix)
        {
            return InFields(line);
        }

        var rest = line[prefix.Length..];
        // "A policy brief by the Harbour Forum. October 2026.": the credit ends with its first sentence.
        var sentenceEnd = rest.IndexOf(". ", StringComparison.Ordinal);
        if (sentenceEnd > 0 && (DateLine.Find(rest)?.Match.Index ?? int.MaxValue) > sentenceEnd)
        {
            rest = rest[..sentenceEnd];
        }

        DateTimeOffset? date = null;
        if (DateLine.Find(rest) is { } found)
        {
            date = found.Date;
            rest = rest[..found.Match.Index];
        }

        rest = Trailer().Replace(rest, string.Empty);
        var authors = HtmlArticleExtractor.SplitAuthors(rest);
        if (authors.Count == 0 && IsUnnamedRole(rest))
        {
            // "By Staff Reporter": a byline all the same (the line is no part of the text), but it names no one.
            return ([], date);
        }

        return authors.Count > 0 && authors.All(IsName) ? (authors, date) : null;
    }

    // "Analysis | By Jane Roe | 4 November 2026": a header line of fields, one of them the byline; the others are a short
    // label (a section, a reading time) or the date.
    private static (IReadOnlyList<string> Authors, DateTimeOffset? Date)? InFields(string line)
    {
        var fields = HeaderFields.Split(line);
        var byField = fields.Count is > 1 and <= MaxFields ? fields.FindIndex(f => Prefix().IsMatch(f)) : -1;
        if (byField < 0 || fields.Where((_, i) => i != byField).Any(f => WordTokenizer.CountWords(f) > MaxLabelWords && DateLine.Parse(f) is null))
        {
            return null;
        }

        return Parse(fields[byField]) is { } byline
            ? (byline.Authors, byline.Date ?? fields.Select(DateLine.Parse).FirstOrDefault(d => d is not null))
            : null;
    }

    private const int MaxFields = 5;

    private const int MaxLabelWords = 4;

    // A short capitalised role with no name ("Staff Reporter", "Editorial Staff"), not a sentence that happens to hold a role word.
    private static bool IsUnnamedRole(string rest)
    {
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 4 && words.All(w => char.IsUpper(w[0])) && JobTitles.IsRole(rest);
    }

    private static bool IsName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 5 && char.IsUpper(words[0][0]) && words.All(w => char.IsUpper(w[0]) || Particles.Contains(w));
    }

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "van", "von", "de", "der", "den", "da", "du", "la", "le", "al", "bin", "ibn", "del", "di", "dos" };

    // "By", "Posted by", and a work credited to its author: "A policy brief by the Harbour Forum", "An essay by Jane Roe".
    [GeneratedRegex(
        @"^\W*(((written|posted|words|reporting|analysis)\s+)?by\s+|(a|an)\s+([\w-]+\s+){0,2}(brief|report|paper|analysis|commentary|essay|note|column|working paper)\s+by\s+(the\s+)?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    // What follows the names before a date: "on", "|", "·", "—", ",", "Updated", "Published", "in <category>".
    [GeneratedRegex(@"(\s*(\bon\b|\bin\b.*|\||·|—|–|-|,|\bupdated\b|\bpublished\b|\bposted\b))+\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trailer();
}
